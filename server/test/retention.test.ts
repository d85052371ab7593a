import {api} from './support/shop-flow';
import {sessionToken, apiGet} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

let app: TestApp;
const shop = 'retention-shop.myshopify.com';
const DAY = 86_400_000;

beforeAll(async () => {
  app = await startTestApp();
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
  // 40 orders 400 days old and 20 from today, each from a named customer, each with a note.
  const old = new Date(Date.now() - 400 * DAY).toISOString();
  const state = app.shopify.state.shop(shop);
  const customers = [...state.customers.keys()];
  const res = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({
      note: 'Please gift wrap it',
      orders: Array.from({length: 60}, (_, i) => ({
        customerId: customers[i % customers.length],
        ...(i < 40 ? {createdAt: old} : {}),
      })),
    }),
  });
  expect(res.status).toBe(201);
  await app.shopify.sender.settled();
  await app.settle();
}, 120_000);
afterAll(() => app.close());

describe('the retention limit on customer data', () => {
  it('when records pass the shop’s limit, then finished ones lose names, notes and cities; open and recent ones keep them', async () => {
    const {Touch, OrderSequence} = app.c.models;
    const cutoff = new Date(Date.now() - 365 * DAY);
    const oldTouches = await Touch.find({shop, orderCreatedAt: {$lt: cutoff}}).lean();
    expect(oldTouches.length).toBeGreaterThanOrEqual(2);
    // All old touches finished but one, which is still being worked on.
    const [stillOpen, ...finished] = oldTouches;
    await Touch.updateMany(
      {_id: {$in: finished.map((t) => t._id)}},
      {$set: {status: 'done', note: 'Thank you, Ada!'}},
    );
    await Touch.updateOne({_id: stillOpen!._id}, {$set: {note: 'Draft for Ada'}});
    expect(finished.every((t) => t.customerName)).toBe(true);

    const erased = await app.c.retention.enforceShop(shop);
    expect(erased.touches).toBe(finished.length);

    const after = await Touch.find({shop}).lean();
    for (const t of after) {
      const expired = t.orderCreatedAt < cutoff && t.orderGid !== stillOpen!.orderGid;
      expect([String(t._id), t.customerName === null]).toEqual([String(t._id), expired]);
      if (expired) expect(t.note).toBeNull();
    }
    expect(after.find((t) => String(t._id) === String(stillOpen!._id))?.note).toBe('Draft for Ada');
    const orders = await OrderSequence.find({shop}).lean();
    expect(orders).toHaveLength(60);
    for (const o of orders) {
      const expired = o.facts.orderCreatedAt < cutoff && o.orderGid !== stillOpen!.orderGid;
      expect([
        o.facts.customerName === null,
        o.facts.note === null,
        o.facts.shipCity === null,
      ]).toEqual([expired, expired, expired]);
      // What stays: the id, the count, what was bought.
      expect(o.facts.customerGid).toMatch(/^gid:\/\/shopify\/Customer\//);
      expect(o.facts.items!.length).toBeGreaterThan(0);
    }
    // A second pass finds nothing more to erase.
    expect(await app.c.retention.enforceShop(shop)).toEqual({touches: 0, orders: 0, emails: 0});
  });

  it('when the merchant shortens the limit, then the next pass erases up to the new limit; below 30 days is refused', async () => {
    const short = await api(app, shop, 'PATCH', '/api/settings', {customerDataRetentionDays: 10});
    expect(short.status).toBe(400);
    const ok = await api(app, shop, 'PATCH', '/api/settings', {customerDataRetentionDays: 30});
    expect([ok.status, ok.body.settings.customerDataRetentionDays]).toEqual([200, 30]);
    // Today's orders are 40 days old a month and ten days from now.
    const later = new Date(Date.now() + 40 * DAY);
    await app.c.models.Touch.updateMany({shop}, {$set: {status: 'done'}});
    await app.c.retention.enforceShop(shop, later);
    const named = await app.c.models.OrderSequence.countDocuments({
      shop,
      'facts.customerName': {$ne: null},
    });
    expect(named).toBe(0);
  });

  it('when an older version left email addresses on orders, then the job removes every one', async () => {
    const {OrderSequence, UncountedOrder} = app.c.models;
    await OrderSequence.collection.updateMany(
      {shop},
      {$set: {'facts.customerEmail': 'left-behind@example.com'}},
    );
    await UncountedOrder.collection.insertOne({
      _id: `${shop}|gid://shopify/Order/1` as never,
      shop,
      customerEmail: 'left-behind@example.com',
    });
    const {droppedEmails} = await app.c.retention.enforce();
    expect(droppedEmails).toBeGreaterThanOrEqual(61);
    const dump = JSON.stringify([
      await OrderSequence.collection.find({shop}).toArray(),
      await UncountedOrder.collection.find({shop}).toArray(),
    ]);
    expect(dump).not.toContain('left-behind@example.com');
  });
});
