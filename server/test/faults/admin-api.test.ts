import {localDay} from '../../src/counting/local-day';
import type {TouchDoc} from '../../src/touches/touch.model';
import {inParallel} from '../support/parallel';
import {api, injectFault, issuedInShopify, shopWithOrders} from '../support/shop-flow';
import {apiGet, sessionToken} from '../support/sign';
import {startTestApp, type TestApp} from '../support/test-app';
import {exactlyOnce, orderBurst, step, waitFor} from './support';

// Shopify on a bad day, many failures at once (gift-cards.test.ts and reconciliation.test.ts try
// each one alone): throttling, 5xx before the operation ran and 5xx after it ran, mixed into
// concurrent gift card issuing and into a reconciliation that has real gaps to fill.
let app: TestApp;
beforeAll(async () => {
  // A app cost bucket: throttling is injected, at chosen moments. At the real rate the scheduled
  // reconciliation of these shops would hold the bucket empty for minutes (reconciliation.test.ts
  // tries a tight bucket).
  app = await startTestApp(
    {},
    {localShopify: {retryDelaysMs: [50, 100, 200], bucketSize: 50_000, restoreRate: 10_000}},
  );
}, 60_000);
afterAll(() => app.close());

describe('gift cards while Shopify throttles and fails', () => {
  const shop = 'bad-day-gifts.myshopify.com';

  it('when 40 cards are issued at once through throttling and 5xx before and after the card is made, then each touch ends with exactly one card and the budget counts each once', async () => {
    await shopWithOrders(app, shop, 400);
    expect((await api(app, shop, 'PATCH', '/api/settings', {giftDailyBudget: 10_000})).status).toBe(
      200,
    );
    const touches = (
      await app.c.models.Touch.find({shop, kind: 'team_photo', status: 'open'}).lean<TouchDoc[]>()
    ).slice(0, 40);
    expect(touches).toHaveLength(40);
    // More of each than a press absorbs (3 THROTTLED waits, 6 attempts): some presses give up, in doubt or not.
    await injectFault(app, {operationName: 'GiftCardCreate', throttled: true, times: 30});
    await injectFault(app, {operationName: 'GiftCardCreate', status: 503, times: 14});
    await injectFault(app, {
      operationName: 'GiftCardCreate',
      status: 502,
      times: 8,
      afterExecute: true,
    });
    await injectFault(app, {operationName: 'GiftCardByCode', status: 500, times: 3});

    // The merchant (or several staff at once) presses again whatever did not say it worked.
    const issued = new Map<string, string>();
    const answers: Record<string, number> = {};
    for (let round = 0; round < 10 && issued.size < touches.length; round++) {
      step(`gift cards: round ${round + 1}, ${touches.length - issued.size} to go`);
      const pending = touches.filter((t) => !issued.has(String(t._id)));
      const results = await inParallel(
        pending
          .flatMap((t) => [t, t])
          .map(
            (t) => () =>
              api(app, shop, 'POST', `/api/touches/${String(t._id)}/gift-card`, {}).then((r) => ({
                t,
                r,
              })),
          ),
        16,
      );
      for (const {t, r} of results) {
        const said = `${r.status}${r.body?.error ? ` ${r.body.error.code}` : ''}`;
        answers[said] = (answers[said] ?? 0) + 1;
        expect(r.status).toBeLessThan(600);
        if (r.status === 201) issued.set(String(t._id), r.body.code);
        if (r.status === 409 && r.body.error.code === 'gift_card_exists')
          issued.set(String(t._id), issued.get(String(t._id)) ?? 'seen');
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`gift cards on a bad day: answers ${JSON.stringify(answers)}`);
    // Refusals the merchant can act on (503 busy, 502 in doubt, 409 pending), never an internal error.
    expect(Object.keys(answers).filter((a) => a.startsWith('500'))).toEqual([]);

    const cards = await issuedInShopify(app, shop);
    const stored = await app.c.models.GiftCard.find({shop}).lean();
    expect(issued.size).toBe(40);
    expect(cards).toHaveLength(40);
    expect(stored).toHaveLength(40);
    // One card per touch, on both sides: the app's record points at the card Shopify made.
    expect(new Set(stored.map((g) => String(g._id)))).toEqual(
      new Set(touches.map((t) => String(t._id))),
    );
    expect(new Set(stored.map((g) => g.giftCardGid))).toEqual(new Set(cards.map((c) => c.id)));
    const codes = [...issued.values()].filter((c) => c !== 'seen');
    expect(codes.every((code) => cards.some((c) => c.code === code))).toBe(true);
    expect(await app.c.giftBudget.spent(shop, localDay(new Date(), 'UTC'))).toBe(40 * 1000);
  }, 180_000);
});

describe('reconciliation while Shopify throttles and fails', () => {
  const shop = 'bad-day-reconcile.myshopify.com';

  it('when 20% of 600 webhooks were missed and the order pages fail and throttle, then the reconciliation job retries and the count ends exactly at 600', async () => {
    expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(
      200,
    );
    const created = await orderBurst(app.config.SHOPIFY_LOCAL_ORIGIN!, shop, 600, 300, {
      dropRate: 0.2,
    });
    await app.shopify.sender.settled();
    await app.settle();
    const before = await app.c.models.OrderSequence.countDocuments({shop});
    expect(before).toBeLessThan(560);

    await injectFault(app, {operationName: 'ReconcileOrders', throttled: true, times: 3});
    // More 5xx in a row than the client's six attempts: the first job run fails and the job is retried.
    await injectFault(app, {operationName: 'ReconcileOrders', status: 503, times: 6});
    await injectFault(app, {
      operationName: 'ReconcileOrders',
      status: 500,
      times: 1,
      afterExecute: true,
    });
    expect((await api(app, shop, 'POST', '/api/reconcile')).status).toBe(202);
    step(`reconciliation: ${600 - before} orders missed; job queued`);
    await waitFor(
      'the reconciliation job to finish',
      async () => {
        await app.settle();
        const job = await app.c.models.Job.findOne({shop, type: 'reconcile.shop'}).lean();
        return job?.status === 'done' || job?.status === 'failed';
      },
      120_000,
      250,
    );
    await app.settle();

    const job = (await app.c.models.Job.findOne({shop, type: 'reconcile.shop'}).lean())!;
    const outcome = await exactlyOnce(app.c.models, shop, 600);
    console.log(
      `reconciliation on a bad day: ${600 - before} orders missed by webhooks; job ${job.status} after ${job.attempts} attempts (${job.lastError ?? 'no error'})`,
    );
    expect(job.status).toBe('done');
    expect(job.attempts).toBeGreaterThan(1);
    expect(outcome).toMatchObject({
      counted: 600,
      gapFree: true,
      distinctOrders: 600,
      duplicateTouches: 0,
      wrongTouches: [],
    });
    expect(
      new Set(
        (await app.c.models.OrderSequence.find({shop}, {orderGid: 1}).lean()).map(
          (s) => s.orderGid,
        ),
      ),
    ).toEqual(new Set(created.map((o) => o.id)));
  }, 180_000);
});
