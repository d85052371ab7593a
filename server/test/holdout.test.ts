import {api} from './support/shop-flow';
import {sendWebhook} from './support/sign';
import {bigOrderId, orderPayload} from './support/orders';
import {startTestApp, type TestApp} from './support/test-app';

// The production default: 10% of fired touches held out. One every-10th rule over 2,000 orders
// fires 200 times; with half held out the draw is visible and testable.
const shop = 'holdout.myshopify.com';
let app: TestApp;

const deliver = (i: number, eventId = `evt-${i}`) =>
  sendWebhook(app.url, app.config, {
    topic: 'orders/create',
    shop,
    eventId,
    webhookId: `w-${eventId}`,
    body: orderPayload({id: bigOrderId(i), customerId: 500 + i}),
  });

const statuses = async () =>
  new Map(
    (await app.c.models.Touch.find({shop}, {dedupeKey: 1, status: 1, assignee: 1}).lean()).map(
      (t) => [t.dedupeKey, t],
    ),
  );

beforeAll(async () => {
  app = await startTestApp({}, {newShopSettings: {holdoutPercent: 50}});
  for (let i = 1; i <= 400; i++) expect((await deliver(i)).status).toBe(200);
  await app.settle();
});
afterAll(() => app.close());

describe('the holdout', () => {
  it('when rules fire at a 50% share, then about half their touches are held out, with nobody assigned', async () => {
    const touches = [...(await statuses()).values()];
    const held = touches.filter((t) => t.status === 'held_out');
    // 40 team photos, 20 cards, 8 emails, 4 gifts = 72 draws; Binomial(72, 0.5) sd ≈ 4.2.
    expect(touches.filter((t) => t.status === 'open' || t.status === 'held_out')).toHaveLength(72);
    expect(Math.abs(held.length - 36)).toBeLessThanOrEqual(13);
    expect(held.every((t) => t.assignee === null)).toBe(true);
  });

  it('when every order is redelivered and the cadence runs again, then no touch flips between touched and held out', async () => {
    const before = await statuses();
    for (let i = 1; i <= 400; i++) expect((await deliver(i, `evt-${i}-again`)).status).toBe(200);
    await app.c.models.CadenceState.updateOne(
      {_id: shop},
      {$set: {cursor: 0, pending: [], daily: []}},
    );
    await app.c.cadence.kick(shop);
    await app.settle();
    const after = await statuses();
    expect(after.size).toBe(before.size);
    for (const [key, t] of before) expect(after.get(key)?.status).toBe(t.status);
  });

  it('when the share changes later, then drawn touches keep their draw and new ones use the new share', async () => {
    const before = await statuses();
    expect((await api(app, shop, 'PATCH', '/api/settings', {holdoutPercent: 0})).status).toBe(200);
    for (let i = 401; i <= 500; i++) expect((await deliver(i)).status).toBe(200);
    await app.settle();
    const after = await statuses();
    for (const [key, t] of before) expect(after.get(key)?.status).toBe(t.status);
    const fresh = [...after].filter(([key]) => !before.has(key)).map(([, t]) => t);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.some((t) => t.status === 'held_out')).toBe(false);
  });

  it('when the list asks for held-out touches, then they are there and are not work (no open count)', async () => {
    const held = await api(app, shop, 'GET', '/api/touches?status=held_out&limit=200');
    expect(held.status).toBe(200);
    expect(held.body.touches.length).toBeGreaterThan(0);
    const summary = await api(app, shop, 'GET', '/api/summary');
    const open = await app.c.models.Touch.countDocuments({shop, status: 'open'});
    expect(summary.body.open).toBe(open);
  });
});
