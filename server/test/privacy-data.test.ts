import type {TouchDoc} from '../src/touches/touch.model';
import {shopWithOrders} from './support/shop-flow';
import {startTestApp, type TestApp} from './support/test-app';

let app: TestApp;
const shop = 'privacy-shop.myshopify.com';
const local = () => app.config.SHOPIFY_LOCAL_ORIGIN!;

beforeAll(async () => {
  app = await startTestApp();
  await shopWithOrders(app, shop, 60);
}, 180_000);
afterAll(() => app.close());

/** Orders from exactly these customers through the stand-in (real signed orders/create webhooks). */
async function ordersFrom(customerIds: string[]) {
  const res = await fetch(`${local()}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({orders: customerIds.map((customerId) => ({customerId}))}),
  });
  expect(res.status).toBe(201);
  await app.shopify.sender.settled();
  await app.settle();
  return (await res.json()) as {orders: {id: string}[]};
}

const tags = (count: number, length: number) =>
  Array.from({length: count}, (_, i) => `${i}-`.padEnd(length, 'x'));

describe('customer data the app keeps', () => {
  it.each([
    [250, 40],
    [250, 255],
  ])(
    'when a customer with %i tags of %i characters orders, then the webhook gets 200 and the order is counted with its tags',
    async (count, length) => {
      const state = app.shopify.state.shops.get(shop)!;
      const customer = [...state.customers.values()][count === 250 && length === 40 ? 1 : 2]!;
      customer.tags = tags(count, length);
      const before = app.shopify.sender.log.length;
      const {orders} = await ordersFrom([customer.id]);
      const deliveries = app.shopify.sender.log.slice(before);
      expect(deliveries.map((d) => d.status)).toEqual([200]);
      const stored = await app.c.models.OrderSequence.findOne({
        shop,
        orderGid: orders[0]!.id,
      }).lean<{facts: {customerTags: string[]}}>();
      expect(stored?.facts.customerTags).toHaveLength(count);
      expect(stored?.facts.customerTags[0]).toHaveLength(length);
    },
  );

  it('when orders have arrived and touches were made, then no customer email address is in any collection', async () => {
    const state = app.shopify.state.shops.get(shop)!;
    const withEmail = [...state.customers.values()].filter((c) => c.email);
    expect(withEmail.length).toBeGreaterThan(10);
    await ordersFrom(withEmail.slice(0, 5).map((c) => c.id));
    expect(await app.c.models.Touch.countDocuments({shop})).toBeGreaterThan(0);
    const emails = new Set(withEmail.map((c) => c.email!.toLowerCase()));
    const db = app.c.models.Touch.db.db!;
    const collections = await db.listCollections().toArray();
    expect(collections.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const {name} of collections) {
      for await (const doc of db.collection(name).find({})) {
        const text = JSON.stringify(doc).toLowerCase();
        for (const email of emails) if (text.includes(email)) found.push(`${name}: ${email}`);
        // Any address at all, not only the seeded ones (the sender's own settings aside).
        if (name !== 'shops' && name !== 'staff' && /"[^"@\s]+@[^"@\s]+\.[a-z]{2,}"/.test(text))
          found.push(`${name}: ${text.match(/"[^"@\s]+@[^"@\s]+\.[a-z]{2,}"/)![0]}`);
      }
    }
    expect(found).toEqual([]);
    const touch = await app.c.models.Touch.findOne({shop}).lean<TouchDoc>();
    expect(touch?.customerGid).toMatch(/^gid:\/\/shopify\/Customer\//);
  });
});
