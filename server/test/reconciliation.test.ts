import {RECONCILE_ORDERS} from '../src/admin-api';
import {apiGet, sessionToken} from './support/sign';
import {inParallel} from './support/parallel';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'missed-webhooks.myshopify.com';
let app: TestApp;
let local: string;

beforeAll(async () => {
  app = await startTestApp(
    {},
    {localShopify: {bucketSize: 1000, restoreRate: 1000, retryDelaysMs: [50, 100, 200]}},
  );
  local = `http://127.0.0.1:${new URL(app.config.SHOPIFY_LOCAL_ORIGIN!).port}`;
  // The merchant opens the app: token exchange installs the shop.
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
});
afterAll(() => app.close());

const burst = async (body: object) => {
  const res = await fetch(`${local}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(body),
  });
  return (await res.json()) as {orders: {id: string}[]; dropped: number};
};

describe('webhooks from the local Shopify, duplicated, reordered and partly dropped', () => {
  it('when 500 orders arrive with 10% of webhooks dropped, then reconciliation brings the count to exactly 500 and the touches the rules dictate', async () => {
    const created = await burst({
      count: 500,
      dropRate: 0.1,
      duplicateRate: 0.2,
      maxDelayMs: 300,
      newCustomers: true,
      seed: 42,
    });
    expect(created.dropped).toBeGreaterThan(25);
    await app.shopify.sender.settled();
    // Each webhook was counted before its 200; nothing has reconciled yet (settle() would: it runs the scheduler).
    const before = await app.c.models.OrderSequence.countDocuments({shop});
    expect(before).toBe(500 - created.dropped);
    // Shopify sent more deliveries than orders: duplicates were really delivered and recognised.
    const deliveries = app.shopify.sender.log.filter(
      (d) => d.shop === shop && d.topic === 'orders/create',
    );
    expect(deliveries.length).toBeGreaterThan(500 - created.dropped);
    // Every answer was a 200 (a duplicate is acknowledged, not refused); a connection the busy machine
    // could not take (network_error) was retried, and every event sent ended acknowledged.
    expect(
      deliveries
        .filter((d) => d.status !== 200 && d.status !== 'network_error')
        .map((d) => d.status),
    ).toEqual([]);
    expect(new Set(deliveries.filter((d) => d.status === 200).map((d) => d.eventId)).size).toBe(
      500 - created.dropped,
    );

    const result = await app.c.reconciliation.reconcileShop(shop);
    expect(result).toEqual({found: created.dropped, seen: 500});
    await app.settle();

    const sequences = (await app.c.models.OrderSequence.find({shop}).lean())
      .map((s) => s.sequence)
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({length: 500}, (_, i) => i + 1));
    expect(
      new Set((await app.c.models.OrderSequence.find({shop}).lean()).map((s) => s.orderGid)),
    ).toEqual(new Set(created.orders.map((o) => o.id)));
    // Orders that came by reconciliation carry the same facts as by webhook: what was bought, where it ships.
    const all = await app.c.models.OrderSequence.find({shop}).lean();
    expect(
      all.every((s) => s.facts.shipCity === 'Bristol' && (s.facts.items ?? []).length >= 1),
    ).toBe(true);
    const open = await app.c.models.Touch.find({shop, status: 'open'}).lean();
    const byKind = open.reduce<Record<string, number>>(
      (acc, t) => ((acc[t.kind] = (acc[t.kind] ?? 0) + 1), acc),
      {},
    );
    expect(byKind).toEqual({
      team_photo: 50,
      handwritten_card: 25,
      personal_email: 10,
      free_gift: 5,
    });

    // A second pass finds nothing new and changes nothing.
    expect(await app.c.reconciliation.reconcileShop(shop)).toEqual({found: 0, seen: 500});
    expect(await app.c.models.OrderSequence.countDocuments({shop})).toBe(500);
  });

  it('when the Admin API bucket is tight, then a burst of concurrent calls all complete without an error surfacing', async () => {
    const throttledBefore = app.shopify.graphqlStats.throttled;
    const results = await inParallel(
      Array.from(
        {length: 12},
        () => () => app.c.adminApi.request(shop, RECONCILE_ORDERS, {first: 25}),
      ),
      12,
    );
    expect(results.every((r) => r.orders.nodes.length === 25)).toBe(true);
    expect(app.shopify.graphqlStats.throttled).toBeGreaterThan(throttledBefore);
  });

  it('when POST /api/reconcile is called, then a reconciliation job is queued for the token’s shop only', async () => {
    const res = await fetch(`${app.url}/api/reconcile`, {
      method: 'POST',
      headers: {authorization: `Bearer ${sessionToken(app.config, shop)}`},
    });
    expect(res.status).toBe(202);
    const jobs = await app.c.models.Job.find({type: 'reconcile.shop', uniqueKey: /manual/}).lean();
    expect(jobs.map((j) => j.shop)).toEqual([shop]);
    await app.settle();
    expect(await app.c.models.Job.findOne({_id: jobs[0]!._id}).lean()).toMatchObject({
      status: 'done',
      result: {found: 0, seen: 500},
    });
  });
});
