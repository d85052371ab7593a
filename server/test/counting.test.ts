import {sendWebhook} from './support/sign';
import {bigOrderId, orderPayload} from './support/orders';
import {inParallel, shuffled} from './support/parallel';
import {startTestApp, type TestApp} from './support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function touchCounts(shop: string) {
  const touches = await app.c.models.Touch.find({shop}).lean();
  const byKind: Record<string, number> = {};
  for (const t of touches) if (t.status === 'open') byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
  return {byKind, touches};
}

describe('counting under duplicates and concurrency', () => {
  const shop = 'flash-sale.myshopify.com';
  const N = 300;

  it('when 300 orders arrive three times each, shuffled and 24 at a time, and a tenth of them a day late, then sequences are exactly 1..300 and touches follow the rules', async () => {
    const DAY = 86_400_000;
    const late = (i: number) => i % 10 === 3;
    const orders = Array.from({length: N}, (_, i) => {
      const createdAt = new Date(Date.UTC(2026, 10, 20, 9, 0, i) - (late(i) ? DAY : 0));
      return {
        id: bigOrderId(10_000 + i),
        createdAt,
        body: orderPayload({id: bigOrderId(10_000 + i), customerId: 5000 + i, createdAt}),
      };
    });
    const copies = (o: (typeof orders)[number], i: number) =>
      ['a', 'b', 'c'].map((copy) => ({
        ...o,
        eventId: `evt-${i}`,
        webhookId: `w-${i}-${copy}`,
        triggeredAt: o.createdAt.toISOString(),
      }));
    // Shopify's at-least-once delivery: every event three times, in any order; the day-late ones after all the rest.
    const deliveries = [
      ...shuffled(orders.flatMap((o, i) => (late(i) ? [] : copies(o, i)))),
      ...shuffled(
        orders.flatMap((o, i) => (late(i) ? copies(o, i) : [])),
        11,
      ),
    ];
    const results = await inParallel(
      deliveries.map(
        (d) => () =>
          sendWebhook(app.url, app.config, {
            topic: 'orders/create',
            shop,
            body: d.body,
            eventId: d.eventId,
            webhookId: d.webhookId,
            triggeredAt: d.triggeredAt,
          }),
      ),
      24,
    );
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    await app.settle();

    const sequences = (await app.c.models.OrderSequence.find({shop}).lean())
      .map((s) => s.sequence)
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({length: N}, (_, i) => i + 1));
    const gids = new Set(
      (await app.c.models.OrderSequence.find({shop}).lean()).map((s) => s.orderGid),
    );
    expect(gids.size).toBe(N);
    // Positions follow arrival: the day-late orders took the last 30 numbers; every event stored once.
    const last = (
      await app.c.models.OrderSequence.find({shop, sequence: {$gt: N - 30}}).lean()
    ).map((s) => s.orderGid);
    expect(new Set(last)).toEqual(
      new Set(orders.filter((_, i) => late(i)).map((o) => `gid://shopify/Order/${o.id}`)),
    );
    expect(await app.c.models.WebhookEvent.countDocuments({shop})).toBe(N);

    const {byKind, touches} = await touchCounts(shop);
    expect(byKind).toEqual({team_photo: 30, handwritten_card: 15, personal_email: 6, free_gift: 3});
    expect(touches.every((t) => t.status === 'open')).toBe(true);
    const at100 = touches
      .filter((t) => t.sequence === 100)
      .map((t) => t.kind)
      .sort();
    expect(at100).toEqual(['free_gift', 'handwritten_card', 'personal_email', 'team_photo']);
    const state = await app.c.models.CadenceState.findById(shop).lean();
    expect(state?.cursor).toBe(N);
  });
});

describe('orders that do not count', () => {
  const shop = 'exceptions.myshopify.com';

  it('when test, cancelled-at-creation and POS orders arrive, then they are stored but take no number', async () => {
    const send = (id: number, opts: object) =>
      sendWebhook(app.url, app.config, {
        topic: 'orders/create',
        shop,
        body: orderPayload({id: bigOrderId(id), ...opts}),
      });
    expect((await send(1, {test: true})).status).toBe(200);
    expect((await send(2, {cancelledAt: new Date()})).status).toBe(200);
    expect((await send(3, {sourceName: 'pos'})).status).toBe(200);
    expect((await send(4, {})).status).toBe(200);
    await app.settle();
    const uncounted = await app.c.models.UncountedOrder.find({shop}).lean();
    expect(uncounted.map((o) => [o.orderGid.slice(-1), o.notCountedReason]).sort()).toEqual([
      ['1', 'test_order'],
      ['2', 'cancelled_at_creation'],
      ['3', 'pos_order'],
    ]);
    const sequences = await app.c.models.OrderSequence.find({shop}).lean();
    expect(sequences.map((s) => [s.sequence, s.orderGid.slice(-1)])).toEqual([[1, '4']]);
  });

  it('when an order note asks a question, then an answer_question touch is created whatever the cadence', async () => {
    await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body: orderPayload({id: bigOrderId(5), note: 'Could you gift wrap the blue one? Thanks!'}),
    });
    await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop,
      body: orderPayload({id: bigOrderId(6), note: 'Happy birthday Mum!'}),
    });
    await app.settle();
    const questions = await app.c.models.Touch.find({shop, kind: 'answer_question'}).lean();
    expect(questions.map((q) => q.orderGid)).toEqual([`gid://shopify/Order/${bigOrderId(5)}`]);
    expect(questions[0]).toMatchObject({status: 'open', sequence: 2});
  });
});

describe('cancellations', () => {
  const shop = 'cancels.myshopify.com';
  const send = (topic: string, id: number, opts: object = {}) =>
    sendWebhook(app.url, app.config, {
      topic,
      shop,
      body: orderPayload({id: bigOrderId(id), customerId: 900 + id, ...opts}),
    });

  it('when the 10th order is cancelled after its touch was created, then the touch is withdrawn and counts stay', async () => {
    for (let i = 1; i <= 10; i++) expect((await send('orders/create', i)).status).toBe(200);
    await app.settle();
    const open = await app.c.models.Touch.find({shop, status: 'open'}).lean();
    expect(open.map((t) => [t.kind, t.sequence])).toEqual([['team_photo', 10]]);
    expect((await send('orders/cancelled', 10, {cancelledAt: new Date()})).status).toBe(200);
    const touch = await app.c.models.Touch.findOne({shop, sequence: 10}).lean();
    expect(touch).toMatchObject({status: 'skipped', skipReason: 'order_cancelled'});
    expect(await app.c.models.OrderSequence.countDocuments({shop})).toBe(10);
  });

  it('when orders/cancelled arrives before orders/create for the 20th order, then its firings roll to the next order', async () => {
    for (let i = 11; i <= 19; i++) await send('orders/create', i);
    expect((await send('orders/cancelled', 20, {cancelledAt: new Date()})).status).toBe(200);
    expect((await send('orders/create', 20)).status).toBe(200);
    expect((await send('orders/create', 21)).status).toBe(200);
    await app.settle();
    const at20 = await app.c.models.Touch.find({shop, sequence: 20}).lean();
    expect(at20.map((t) => [t.kind, t.status, t.skipReason]).sort()).toEqual([
      ['handwritten_card', 'skipped', 'order_cancelled'],
      ['team_photo', 'skipped', 'order_cancelled'],
    ]);
    const at21 = await app.c.models.Touch.find({shop, sequence: 21}).lean();
    expect(at21.map((t) => [t.kind, t.status, t.slot]).sort()).toEqual([
      ['handwritten_card', 'open', '1'],
      ['team_photo', 'open', '2'],
    ]);
  });
});
