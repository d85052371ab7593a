import {sendWebhook, signedWebhook} from './support/sign';
import {bigOrderId, orderPayload} from './support/orders';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'candles-and-co.myshopify.com';
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const counts = async () => ({
  events: await app.c.models.WebhookEvent.countDocuments({}),
  orders: await app.c.models.UncountedOrder.countDocuments({}),
  sequences: await app.c.models.OrderSequence.countDocuments({}),
});

async function post(headers: Record<string, string>, body: string) {
  const res = await fetch(`${app.url}/api/webhooks`, {method: 'POST', headers, body});
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}

describe('POST /api/webhooks refuses bad input and stores nothing', () => {
  const body = () => orderPayload({id: bigOrderId(1)});

  it.each([
    ['the HMAC was made with another secret', {secret: 'not-the-app-secret-at-all'}, 401],
    ['the HMAC header is missing', {headers: {'x-shopify-hmac-sha256': null}}, 401],
    ['the HMAC is garbage', {headers: {'x-shopify-hmac-sha256': 'AAAA'}}, 401],
    ['the shop header is missing', {headers: {'x-shopify-shop-domain': null}}, 400],
    ['the topic header is missing', {headers: {'x-shopify-topic': null}}, 400],
    ['the webhook id is missing', {headers: {'x-shopify-webhook-id': null}}, 400],
    ['the shop is not a myshopify domain', {shop: 'evil.example.com'}, 400],
    ['the topic is not one we handle', {topic: 'products/update'}, 404],
  ])('when %s, then it answers %i', async (_name, over, status) => {
    const before = await counts();
    const res = await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body: body(),
      ...over,
    } as any);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toEqual(expect.any(String));
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['the body is not JSON', '{"admin_graphql_api_id": '],
    ['the body is empty JSON', '{}'],
    [
      'the order id is not a GID',
      JSON.stringify({
        admin_graphql_api_id: 'Order 5',
        name: '#1',
        created_at: new Date().toISOString(),
      }),
    ],
    [
      'created_at is not a date',
      orderPayload({id: 7}).replace(/"created_at":"[^"]+"/, '"created_at":"yesterday"'),
    ],
  ])('when %s but signed, then it answers 400 and stores nothing', async (_name, raw) => {
    const before = await counts();
    const res = await sendWebhook(app.url, app.config, {topic: 'orders/create', shop, body: raw});
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: expect.stringMatching(/bad_request|validation_failed/),
    });
    expect(await counts()).toEqual(before);
  });

  it('when the body is over the limit, then it answers 413 and stores nothing', async () => {
    const before = await counts();
    const huge = orderPayload({id: 9, note: 'x'.repeat(11 * 1024 * 1024)});
    const {headers} = signedWebhook(app.config, {topic: 'orders/create', shop, body: '{}'});
    const res = await post(headers, huge);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(await counts()).toEqual(before);
  });

  it('when an order has hundreds of line items (megabytes), then it is accepted', async () => {
    const raw = orderPayload({id: bigOrderId(500), lineItems: 3000});
    expect(raw.length).toBeGreaterThan(1024 * 1024);
    const res = await sendWebhook(app.url, app.config, {topic: 'orders/create', shop, body: raw});
    expect(res.status).toBe(200);
  });
});

describe('POST /api/webhooks stores each event once', () => {
  it('when an order is delivered, then the event and order are stored and it is counted', async () => {
    const id = bigOrderId(42);
    const res = await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body: orderPayload({id}),
      eventId: 'evt-42',
    });
    expect(res).toEqual({status: 200, body: {ok: true, outcome: 'processed'}});
    const seq = await app.c.models.OrderSequence.findOne({
      orderGid: `gid://shopify/Order/${id}`,
    }).lean();
    // The GID keeps every digit of an id beyond Number.MAX_SAFE_INTEGER.
    expect(seq?.orderGid).toBe('gid://shopify/Order/450789469000000042');
    expect(seq?.sequence).toEqual(expect.any(Number));
  });

  it('when the same event is redelivered, then it is recognised and nothing is added', async () => {
    const body = orderPayload({id: bigOrderId(43)});
    await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body,
      eventId: 'evt-43',
      webhookId: 'w-43',
    });
    const before = await counts();
    const again = await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body,
      eventId: 'evt-43',
      webhookId: 'w-43',
    });
    expect(again).toEqual({status: 200, body: {ok: true, outcome: 'duplicate'}});
    expect(await counts()).toEqual(before);
  });

  it('when a second event arrives for the same order, then the order keeps its one number', async () => {
    const body = orderPayload({id: bigOrderId(44)});
    await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body,
      eventId: 'evt-44a',
    });
    const before = await counts();
    const second = await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body,
      eventId: 'evt-44b',
    });
    expect(second.status).toBe(200);
    const after = await counts();
    expect(after).toEqual({...before, events: before.events + 1});
  });
});
