import {Session} from '@shopify/shopify-api';
import {sendWebhook} from './support/sign';
import {bigOrderId, orderPayload} from './support/orders';
import {startTestApp, type TestApp} from './support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const order = (shop: string, i: number, customerId: number, note?: string) =>
  sendWebhook(app.url, app.config, {
    topic: 'orders/create',
    shop,
    body: orderPayload({id: bigOrderId(i), customerId, note}),
  });

describe('customers/data_request and customers/redact', () => {
  const shop = 'privacy.myshopify.com';
  const customerId = 777;

  beforeAll(async () => {
    for (let i = 1; i <= 10; i++)
      await order(
        shop,
        i,
        i === 10 ? customerId : 100 + i,
        i === 10 ? 'Can you write it in French?' : undefined,
      );
    await app.settle();
  });

  it('when a data request arrives, then a job compiles what we hold for that customer, logged without PII', async () => {
    const res = await sendWebhook(app.url, app.config, {
      topic: 'customers/data_request',
      shop,
      body: {
        shop_id: 1,
        shop_domain: shop,
        customer: {id: customerId, email: 'customer777@example.com', phone: null},
        orders_requested: [String(bigOrderId(10))],
        data_request: {id: 9999},
      },
    });
    expect(res.status).toBe(200);
    await app.settle();
    const job = await app.c.models.Job.findOne({shop, type: 'privacy.data_request'}).lean();
    expect(job?.status).toBe('done');
    const result = job?.result as any;
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]).toMatchObject({note: 'Can you write it in French?'});
    expect(JSON.stringify(job)).not.toContain('customer777@example.com'); // not even the request's
    expect(result.touches.map((t: any) => t.kind).sort()).toEqual([
      'answer_question',
      'team_photo',
    ]);
    expect(app.logs.join('')).not.toContain('customer777@example.com');
  });

  it('when customers/redact arrives, then the customer’s personal data and free text are erased everywhere', async () => {
    const res = await sendWebhook(app.url, app.config, {
      topic: 'customers/redact',
      shop,
      body: {
        shop_id: 1,
        shop_domain: shop,
        customer: {id: customerId, email: 'customer777@example.com', phone: null},
        orders_to_redact: [String(bigOrderId(10))],
      },
    });
    expect(res.status).toBe(200);
    await app.settle();
    const dump = JSON.stringify([
      await app.c.models.UncountedOrder.find({shop}).lean(),
      await app.c.models.OrderSequence.find({shop}).lean(),
      await app.c.models.Touch.find({shop}).lean(),
      await app.c.models.Job.find({shop}).lean(),
    ]);
    expect(dump).not.toContain('customer777@example.com');
    expect(dump).not.toContain('French');
    expect(dump).not.toContain('Customer777');
    // Other customers are untouched, and the count is not rewritten.
    expect(dump).toContain('Customer101');
    expect(await app.c.models.OrderSequence.countDocuments({shop})).toBe(10);
    // The ship-to city goes with the customer; what they bought stays (it is not about them).
    const orders = await app.c.models.OrderSequence.find({shop}).lean();
    const redacted = orders.find((o) => o.orderGid === `gid://shopify/Order/${bigOrderId(10)}`)!;
    expect(redacted.facts).toMatchObject({
      shipCity: null,
      items: [
        {title: 'Hand-poured candle #1', quantity: 1},
        {title: 'Hand-poured candle #2', quantity: 2},
      ],
    });
    expect(orders.filter((o) => o.facts.shipCity === 'London')).toHaveLength(9);
  });
});

describe('compliance bodies about another shop', () => {
  it.each([
    ['customers/data_request', {shop_domain: 'someone-else.myshopify.com', customer: {id: 5}}],
    ['customers/redact', {shop_domain: 'someone-else.myshopify.com', customer: {id: 5}}],
    ['shop/redact', {shop_domain: 'someone-else.myshopify.com'}],
  ])(
    'when %s says shop_domain is another shop than the header, then it is refused with 400 and nothing is queued',
    async (topic, body) => {
      const shop = 'honest-header.myshopify.com';
      const res = await sendWebhook(app.url, app.config, {
        topic,
        shop,
        body: {shop_id: 1, ...body},
      });
      expect(res.status).toBe(400);
      expect(await app.c.models.Job.countDocuments({shop})).toBe(0);
      expect(await app.c.models.WebhookEvent.countDocuments({shop})).toBe(0);
    },
  );
});

describe('app/uninstalled and shop/redact', () => {
  const shop = 'leaving.myshopify.com';

  it('when the app is uninstalled, then sessions are deleted and later order webhooks are answered 200 and ignored', async () => {
    await order(shop, 1, 1);
    const session = new Session({
      id: `offline_${shop}`,
      shop,
      state: 'x',
      isOnline: false,
      accessToken: 'shpat_secret_token',
      scope: 'read_orders',
    });
    await app.c.shopify.sessionStorage.storeSession(session);
    expect(await app.c.shopify.sessionStorage.findSessionsByShop(shop)).toHaveLength(1);

    const res = await sendWebhook(app.url, app.config, {
      topic: 'app/uninstalled',
      shop,
      body: {id: 1, domain: shop},
    });
    expect(res.status).toBe(200);
    expect(await app.c.shopify.sessionStorage.findSessionsByShop(shop)).toHaveLength(0);

    const late = await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body: orderPayload({id: bigOrderId(2)}),
      triggeredAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(late).toEqual({status: 200, body: {ok: true, outcome: 'ignored'}});
    expect(await app.c.models.OrderSequence.countDocuments({shop})).toBe(1);
  });

  it('when a bad HMAC arrives for a compliance topic, then it is 401 and nothing is queued', async () => {
    const res = await sendWebhook(app.url, app.config, {
      topic: 'shop/redact',
      shop,
      body: {shop_domain: shop},
      secret: 'wrong-secret-wrong-secret',
    });
    expect(res.status).toBe(401);
    expect(await app.c.models.Job.countDocuments({shop})).toBe(0);
  });

  it('when shop/redact arrives, then every document of the shop is erased and other shops keep theirs', async () => {
    await order('staying.myshopify.com', 50, 50);
    const res = await sendWebhook(app.url, app.config, {
      topic: 'shop/redact',
      shop,
      body: {shop_id: 1, shop_domain: shop},
    });
    expect(res.status).toBe(200);
    await app.settle();
    const m = app.c.models;
    for (const model of [
      m.UncountedOrder,
      m.OrderSequence,
      m.Touch,
      m.CustomerMark,
      m.WebhookEvent,
      m.Rule,
    ]) {
      expect(await (model as typeof m.UncountedOrder).countDocuments({shop})).toBe(0);
    }
    expect(await m.Shop.countDocuments({_id: shop})).toBe(0);
    expect(await m.OrderSequence.countDocuments({shop: 'staying.myshopify.com'})).toBe(1);
  });
});
