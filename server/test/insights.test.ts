import {simulateOutcomes} from '../../scripts/lib/outcome-simulation';
import {finalStage} from '../src/touches/stages';
import {api, simulationTarget} from './support/shop-flow';
import {sendWebhook, sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

// Two shops through the local Shopify, half of fired touches held out: in one, touched customers
// come back more often by construction (50% vs 20%); in the other, everyone alike (30%).
const withEffect = 'lift.myshopify.com';
const noEffect = 'no-lift.myshopify.com';
// A third where held-out customers come back twice as often as everyone else: the holdout and the
// pooled comparison must be seen to disagree.
const skewed = 'skewed.myshopify.com';
let app: TestApp;
let sim: Awaited<ReturnType<typeof simulateOutcomes>>;

beforeAll(async () => {
  app = await startTestApp({}, {newShopSettings: {holdoutPercent: 50}});
  sim = await simulateOutcomes(simulationTarget(app), {
    shop: withEffect,
    firstOrders: 1600,
    returnIfTouched: 0.5,
    returnOtherwise: 0.2,
    seed: 11,
  });
  await simulateOutcomes(simulationTarget(app), {
    shop: noEffect,
    firstOrders: 800,
    returnIfTouched: 0.3,
    returnOtherwise: 0.3,
    seed: 12,
  });
  await simulateOutcomes(simulationTarget(app), {
    shop: skewed,
    firstOrders: 800,
    returnIfTouched: 0.3,
    returnOtherwise: 0.3,
    returnIfHeldOut: 0.6,
    seed: 13,
  });
}, 300_000);
afterAll(() => app.close(), 120_000);

const insights = async (shop: string, window = 90) => {
  const res = await api(app, shop, 'GET', `/api/insights?window=${window}`);
  expect(res.status).toBe(200);
  return res.body;
};
const overallOf = (body: any) => body.groups.find((g: any) => g.kind === 'overall');

describe('GET /api/insights: the pooled headline', () => {
  it('when picked customers come back more by construction, then the pooled verdict is positive, the holdout agrees, and the detectable lift is stated', async () => {
    const {pooled} = await insights(withEffect);
    // 1,600 first orders: every 10th is picked by a rule, half of those held out; the rest not picked.
    expect(pooled.arms.picked.customers).toBeGreaterThan(60);
    expect(pooled.arms.not_picked.customers).toBeGreaterThan(1200);
    // Exact shares built in: 50% of picked customers came back, 20% of the not picked.
    expect(pooled.arms.picked.repeatRate).toBeCloseTo(0.5, 1);
    expect(pooled.arms.not_picked.repeatRate).toBeCloseTo(0.2, 1);
    expect(pooled.repeatLift.low).toBeGreaterThan(0);
    expect(pooled.verdict.status).toBe('positive');
    expect(pooled.verdict.sentence).toMatch(/^Customers picked for a touch came back more often/);
    expect(pooled.check.status).toBe('agree');
    // Relative to 20%: 2.8016 × √(0.2 × 0.8 × (1/n1 + 1/n2)) / 0.2.
    const {customers: n1} = pooled.arms.picked;
    const {customers: n2, repeatRate: p0} = pooled.arms.not_picked;
    const mdl = (2.8016 * Math.sqrt(p0 * (1 - p0) * (1 / n1 + 1 / n2))) / p0;
    expect(pooled.detectable.minDetectableLift).toBeCloseTo(mdl, 2);
    expect(pooled.detectable.sentence).toMatch(/^With about \d+ picked customers a month, a lift/);
    expect(pooled.detectable.visibleBy.map((v: any) => v.lift)).toEqual([0.1, 0.2, 0.35, 0.5]);
    // Nobody has marked a touch done yet: picked is not carried out.
    expect(pooled.carriedOut).toEqual({picked: pooled.arms.picked.customers, done: 0, share: 0});
    expect(pooled.arms.picked.revenueMedian).toBeGreaterThanOrEqual(0);
  });

  it('when split by first-time and returning customers, then the built-in effect is with the first-timers and nobody came back a third time', async () => {
    const {segments} = await insights(withEffect);
    expect(segments.firstTime.picked.repeatRate).toBeCloseTo(0.5, 1);
    expect(segments.firstTime.repeatLift.low).toBeGreaterThan(0);
    // Returning customers enter at their second order; the simulation places no third ones.
    const {returning} = (await insights(withEffect, 30)).segments;
    expect(returning.notPicked.customers).toBeGreaterThan(50);
    expect(returning.notPicked.returned).toBe(0);
  });

  it('when nobody is affected, then the pooled interval includes zero and says not yet', async () => {
    const {pooled} = await insights(noEffect);
    expect(pooled.repeatLift.low).toBeLessThan(0);
    expect(pooled.repeatLift.high).toBeGreaterThan(0);
    expect(pooled.verdict.status).toBe('not_yet');
  });

  it('when held-out customers come back differently from the not picked, then the check says the two disagree', async () => {
    const {pooled, groups} = await insights(skewed);
    expect(pooled.check.status).toBe('disagree');
    expect(pooled.check.heldOutVsNotPicked.low).toBeGreaterThan(0);
    expect(pooled.check.sentence).toMatch(/^The two comparisons disagree/);
    expect(groups.every((g: any) => g.exploratory === true && 'detectable' in g)).toBe(true);
  });

  it('when the window is 180 days, then it is accepted and nobody 100 days in has matured', async () => {
    const body = await insights(withEffect, 180);
    expect(body.window).toBe(180);
    expect(body.pooled.arms.picked.customers).toBe(0);
    expect(body.pooled.arms.picked.notYetMatured).toBeGreaterThan(60);
    expect(body.pooled.verdict.status).toBe('too_few');
  });
});

describe('GET /api/insights', () => {
  it('when touched customers come back more often by construction, then the lift is positive and its interval excludes zero', async () => {
    console.log(
      `outcome simulation: ${sim.orders} orders, ${sim.returned} came back, ${sim.touchedCustomers} customers touched`,
    );
    expect(sim.orders).toBeGreaterThanOrEqual(1900);
    const body = await insights(withEffect);
    const overall = overallOf(body);
    expect(overall.arms.touched.customers).toBeGreaterThan(50);
    expect(overall.arms.held_out.customers).toBeGreaterThan(30);
    expect(overall.repeatLift.low).toBeGreaterThan(0);
    expect(overall.verdict.status).toBe('positive');
    expect(overall.arms.touched.repeatRate).toBeGreaterThan(overall.arms.held_out.repeatRate);
    expect(body.currency).toBe('GBP');
    expect(body.attribution).toContain('90 days');
  });

  it('when nobody is affected, then the interval includes zero and the page says it is not distinguishable yet', async () => {
    const overall = overallOf(await insights(noEffect));
    expect(overall.repeatLift.low).toBeLessThan(0);
    expect(overall.repeatLift.high).toBeGreaterThan(0);
    expect(['not_yet', 'too_few']).toContain(overall.verdict.status);
  });

  it('when the arms are counted from the stored touches and orders, then the page shows exactly those customers', async () => {
    const overall = overallOf(await insights(withEffect));
    const touches = await app.c.models.Touch.find({
      shop: withEffect,
      status: {$in: ['open', 'held_out']},
      ruleId: {$ne: null},
    }).lean();
    const firstOrder = new Map<string, {order: string; touched: boolean}>();
    for (const t of touches.sort(
      (a, b) => a.orderCreatedAt.getTime() - b.orderCreatedAt.getTime(),
    )) {
      const f = firstOrder.get(t.customerGid!);
      if (!f) firstOrder.set(t.customerGid!, {order: t.orderGid, touched: t.status === 'open'});
      else if (f.order === t.orderGid && t.status === 'open') f.touched = true;
    }
    const touched = [...firstOrder.values()].filter((f) => f.touched).length;
    expect(overall.arms.touched.customers + overall.arms.touched.notYetMatured).toBe(touched);
    expect(overall.arms.held_out.customers + overall.arms.held_out.notYetMatured).toBe(
      firstOrder.size - touched,
    );
  });

  it('when the window is not 30, 60, 90 or 180, or an unknown parameter comes, then 400', async () => {
    expect((await api(app, withEffect, 'GET', '/api/insights?window=45')).status).toBe(400);
    expect((await api(app, withEffect, 'GET', '/api/insights?window=60&x=1')).status).toBe(400);
    for (const w of [30, 60]) expect((await insights(withEffect, w)).window).toBe(w);
  });

  it('when a later order is refunded in full, then refunds/create is stored once and the revenue falls by the refund', async () => {
    const before = overallOf(await insights(withEffect)).arms;
    // A customer never drawn who came back: their second order is in the untouched group's revenue.
    const drawn = new Set(
      (await app.c.models.Touch.find({shop: withEffect}, {customerGid: 1}).lean()).map(
        (t) => t.customerGid,
      ),
    );
    const sequences = await app.c.models.OrderSequence.find({shop: withEffect})
      .sort({sequence: 1})
      .lean();
    const seen = new Set<string>();
    const later = sequences.find((s) => {
      const c = s.facts.customerGid!;
      if (seen.has(c) && !drawn.has(c)) return true;
      seen.add(c);
      return false;
    })!;
    const res = await fetch(
      `${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${withEffect}/refunds`,
      {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({orderId: later.orderGid, amount: later.facts.totalPrice}),
      },
    );
    expect(res.status).toBe(201);
    await app.shopify.sender.settled();
    expect(await app.c.models.OrderRefund.countDocuments({shop: withEffect})).toBe(1);
    const after = overallOf(await insights(withEffect)).arms;
    // Refunded in full: the untouched group's revenue per customer (shown to the cent) falls by total / its size.
    const fall = before.untouched.revenuePerCustomer - after.untouched.revenuePerCustomer;
    expect(Math.abs(fall - later.facts.totalPrice / after.untouched.customers)).toBeLessThanOrEqual(
      0.011,
    );
    expect(fall).toBeGreaterThan(0);
    expect(after.touched).toEqual(before.touched);
  });

  it('when refunds/create is malformed or redelivered, then 400 and nothing stored, or one refund', async () => {
    const body = JSON.stringify({
      admin_graphql_api_id: 'gid://shopify/Refund/77',
      order_id: 1,
      transactions: [{kind: 'refund', status: 'success', amount: '3.00'}],
    });
    for (let i = 0; i < 2; i++)
      expect(
        (
          await sendWebhook(app.url, app.config, {
            topic: 'refunds/create',
            shop: noEffect,
            body,
            eventId: `r-${i}`,
          })
        ).status,
      ).toBe(200);
    const bad = JSON.stringify({
      admin_graphql_api_id: 'gid://shopify/Order/1',
      order_id: 'x',
      transactions: [{kind: 'refund', amount: {$gt: ''}}],
    });
    expect(
      (await sendWebhook(app.url, app.config, {topic: 'refunds/create', shop: noEffect, body: bad}))
        .status,
    ).toBe(400);
    expect(await app.c.models.OrderRefund.countDocuments({shop: noEffect})).toBe(1);
  });
});

describe('GET /api/exports/touches.csv', () => {
  const csv = async (shop: string) => {
    const res = await fetch(`${app.url}/api/exports/touches.csv`, {
      headers: {authorization: `Bearer ${sessionToken(app.config, shop)}`},
    });
    return {res, text: await res.text()};
  };

  it('when exported, then every touch is one row, as many as X-Total-Rows, with outcomes and no personal data', async () => {
    const {res, text} = await csv(withEffect);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="human-touch-touches-lift-\d{4}-\d\d-\d\d\.csv"/,
    );
    const lines = text.trim().split('\n');
    expect(lines.length - 1).toBe(Number(res.headers.get('x-total-rows')));
    expect(lines.length - 1).toBe(await app.c.models.Touch.countDocuments({shop: withEffect}));
    expect(lines[0]).toContain('returned_90d');
    expect(lines[0]).not.toContain('customer_name');
    expect(text).not.toContain('gid://shopify/Customer/');
    expect(lines.filter((l) => l.includes(',held_out,')).length).toBeGreaterThan(0);
  });

  it('when the merchant allows personal data, then names and notes come, and a note that looks like a formula stays text', async () => {
    const t = (await app.c.models.Touch.findOne({
      shop: withEffect,
      status: 'open',
      kind: 'team_photo',
    }).lean())!;
    expect(
      (
        await api(app, withEffect, 'PATCH', `/api/touches/${t._id}`, {
          note: '=HYPERLINK("http://evil.example","click")',
        })
      ).status,
    ).toBe(200);
    expect(
      (await api(app, withEffect, 'PATCH', '/api/settings', {exportPersonalData: true})).status,
    ).toBe(200);
    const {text} = await csv(withEffect);
    expect(text.split('\n')[0]).toContain('customer_name');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).not.toMatch(/,=HYPERLINK/);
  });
});

describe('GET /api/insights/team', () => {
  it('when a staff member marks touches done, then this week counts them for their shop only; bad weeks → 400', async () => {
    const staff = await api(app, noEffect, 'POST', '/api/staff', {name: 'Jo Baker', role: 'Care'});
    expect(staff.status).toBe(201);
    const open = await app.c.models.Touch.find({shop: noEffect, status: 'open'}).limit(3).lean();
    for (const t of open) {
      expect(
        (
          await api(app, noEffect, 'PATCH', `/api/touches/${t._id}`, {
            assignee: staff.body.staff.id,
            stage: finalStage(t.kind), // a box touch is done once packed
          })
        ).status,
      ).toBe(200);
    }
    const team = await api(app, noEffect, 'GET', '/api/insights/team?weeks=4');
    expect(team.status).toBe(200);
    expect(team.body.weeks).toHaveLength(4);
    expect(team.body.people.find((p: any) => p.name === 'Jo Baker').counts).toEqual([0, 0, 0, 3]);
    // Carried out: the done touches that sit on their customer's first order are their pooled entries.
    // (Two done touches can sit on one order: photo and card. Count customers.)
    const entered = new Set<string>();
    for (const t of open) {
      const earlier = await app.c.models.OrderSequence.countDocuments({
        shop: noEffect,
        'facts.customerGid': t.customerGid,
        'facts.orderCreatedAt': {$lt: t.orderCreatedAt},
      });
      if (earlier === 0) entered.add(t.customerGid!);
    }
    const entries = entered.size;
    expect(entries).toBeGreaterThan(0);
    const {carriedOut} = (await api(app, noEffect, 'GET', '/api/insights')).body.pooled;
    expect(carriedOut.done).toBe(entries);
    expect(carriedOut.share).toBeCloseTo(entries / carriedOut.picked, 3);
    const other = await api(app, withEffect, 'GET', '/api/insights/team');
    expect(other.body.people.some((p: any) => p.name === 'Jo Baker')).toBe(false);
    for (const q of ['weeks=0', 'weeks=27', 'weeks=x', 'since=1'])
      expect((await api(app, noEffect, 'GET', `/api/insights/team?${q}`)).status).toBe(400);
  });
});
