import {sendWebhook} from './support/sign';
import {bigOrderId, orderPayload} from './support/orders';
import {api} from './support/shop-flow';
import {startTestApp, type TestApp} from './support/test-app';

let app: TestApp;
const shop = 'asks-for-data.myshopify.com';
const other = 'someone-else-entirely.myshopify.com';
const customerId = 4242;

beforeAll(async () => {
  app = await startTestApp();
  for (let i = 1; i <= 10; i++)
    await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body: orderPayload({id: bigOrderId(i), customerId: i === 10 ? customerId : 500 + i}),
    });
  await app.settle();
}, 60_000);
afterAll(() => app.close());

const dataRequest = (topic = 'customers/data_request') =>
  sendWebhook(app.url, app.config, {
    topic,
    shop,
    body: {
      shop_id: 1,
      shop_domain: shop,
      customer: {id: customerId, email: 'asker@example.com', phone: null},
      ...(topic === 'customers/data_request'
        ? {orders_requested: [String(bigOrderId(10))], data_request: {id: 7331}}
        : {orders_to_redact: [String(bigOrderId(10))]}),
    },
  });

describe('GET /api/privacy/requests', () => {
  it('when no request has arrived, then the list is empty and nothing waits', async () => {
    const res = await api(app, shop, 'GET', '/api/privacy/requests');
    expect([res.status, res.body]).toEqual([200, {requests: [], waiting: 0}]);
  });

  it('when a customers/data_request arrives, then the merchant sees it ready, downloads what is held, and it no longer waits', async () => {
    expect((await dataRequest()).status).toBe(200);
    await app.settle();
    const listed = await api(app, shop, 'GET', '/api/privacy/requests');
    expect(listed.status).toBe(200);
    expect(listed.body.waiting).toBe(1);
    const [request] = listed.body.requests;
    expect(request).toMatchObject({
      customerId: `gid://shopify/Customer/${customerId}`,
      dataRequestId: '7331',
      ordersRequested: [`gid://shopify/Order/${bigOrderId(10)}`],
      status: 'ready',
      downloadedAt: null,
      download: `/api/privacy/requests/${request.id}/download`,
    });
    expect(JSON.stringify(listed.body)).not.toContain('asker@example.com');

    const file = await api(app, shop, 'GET', request.download);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?customer-data-request-7331\.json"?$/,
    );
    expect(file.body.data.customerGid).toBe(`gid://shopify/Customer/${customerId}`);
    expect(file.body.data.orders).toHaveLength(1);
    expect(file.body.data.orders[0].customerName).toBe(`Ada Customer${customerId}`);

    const after = await api(app, shop, 'GET', '/api/privacy/requests');
    expect(after.body.waiting).toBe(0);
    expect(after.body.requests[0].downloadedAt).toEqual(expect.any(String));
  });

  it('when another shop asks, then it sees none of it and cannot download it', async () => {
    const mine = (await api(app, shop, 'GET', '/api/privacy/requests')).body.requests[0];
    expect((await api(app, other, 'GET', '/api/privacy/requests')).body).toEqual({
      requests: [],
      waiting: 0,
    });
    expect((await api(app, other, 'GET', mine.download)).status).toBe(404);
  });

  it.each([
    ['/api/privacy/requests?status=ready', 400],
    ['/api/privacy/requests/not-an-id/download', 404],
    ['/api/privacy/requests/0123456789abcdef01234567/download', 404],
  ])('when %s is asked, then it answers %i', async (path, status) => {
    const res = await api(app, shop, 'GET', path);
    expect([res.status, typeof res.body.error.message]).toEqual([status, 'string']);
  });

  it('when the customer is redacted afterwards, then the request says so and its file is gone (410)', async () => {
    expect((await dataRequest('customers/redact')).status).toBe(200);
    await app.settle();
    const listed = await api(app, shop, 'GET', '/api/privacy/requests');
    expect(listed.body.requests[0]).toMatchObject({status: 'redacted', download: null});
    const id = listed.body.requests[0].id;
    const res = await api(app, shop, 'GET', `/api/privacy/requests/${id}/download`);
    expect([res.status, res.body.error.code]).toEqual([410, 'redacted']);
  });
});
