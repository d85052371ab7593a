import {customerOutcome} from '../outcomes';
import {summarize} from '../summarize';
import type {CohortEntry, CustomerOrder} from '../types';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);
const at = (day: number) => new Date(t0 + day * DAY);
const entry = (
  customerGid: string,
  arm: CohortEntry['arm'],
  kind: CohortEntry['kind'] = null,
  day = 0,
): CohortEntry => ({
  customerGid,
  arm,
  kind,
  indexAt: at(day),
  indexOrderGid: `${customerGid}-first`,
});
const order = (
  customerGid: string,
  day: number,
  revenue: number,
  id = `${customerGid}-${day}`,
  cancelled = false,
): CustomerOrder => ({customerGid, orderGid: id, at: at(day), revenue, cancelled});

describe('one customer after entering', () => {
  const first = order('c', 0, 50, 'c-first');

  it('when the window has not closed yet, then the customer is left out (null), not counted as gone', () => {
    expect(
      customerOutcome(entry('c', 'touched'), [first, order('c', 5, 20)], 30, at(29)),
    ).toBeNull();
  });

  it('when they order on day 5 and day 40, then within 30 days: returned, 20 revenue, next after 5 days', () => {
    expect(
      customerOutcome(
        entry('c', 'touched'),
        [first, order('c', 5, 20), order('c', 40, 30)],
        30,
        at(100),
      ),
    ).toEqual({returned: true, revenue: 20, daysToNext: 5});
  });

  it('when the index order shares its timestamp with another order, then only the other one counts', () => {
    expect(
      customerOutcome(
        entry('c', 'touched'),
        [first, order('c', 0, 15, 'c-same-time')],
        30,
        at(100),
      ),
    ).toEqual({returned: true, revenue: 15, daysToNext: 0});
  });

  it('when the only later order was cancelled (revenue 0), then it is no return', () => {
    expect(
      customerOutcome(entry('c', 'touched'), [first, order('c', 5, 0, 'x', true)], 30, at(100)),
    ).toEqual({returned: false, revenue: 0, daysToNext: null});
  });

  it('when they came back only after the window, then no return but the time to next order is known', () => {
    expect(
      customerOutcome(entry('c', 'held_out'), [first, order('c', 45, 10)], 30, at(100)),
    ).toEqual({returned: false, revenue: 0, daysToNext: 45});
  });
});

describe('summarize', () => {
  // Touched: a (back day 10, 40), b (back day 20, 20), c (never), d (entered day 80: not matured at 100 for 30 days).
  // Held out: e (back day 5, 10), f (never). Untouched: g (never).
  const entries = [
    entry('a', 'touched'),
    entry('b', 'touched'),
    entry('c', 'touched'),
    entry('d', 'touched', null, 80),
    entry('e', 'held_out'),
    entry('f', 'held_out'),
    entry('g', 'untouched'),
  ];
  const orders = [order('a', 10, 40), order('b', 20, 20), order('e', 5, 10)];
  const [overall] = summarize([...entries, entry('a', 'touched', 'team_photo')], orders, {
    window: 30,
    asOf: at(100),
  });

  it('when counted by hand, then rates, revenue, medians and the not-yet-matured match', () => {
    expect(overall!.kind).toBe('overall');
    expect(overall!.arms.touched).toMatchObject({
      customers: 3,
      returned: 2,
      repeatRate: 0.6667,
      revenuePerCustomer: 20,
      medianDaysToNext: 15,
      notYetMatured: 1,
    });
    // Revenues 40, 20, 0: mean 20, sd 20, t(0.975, 2) = 4.3027 → 20 ± 49.68.
    expect(overall!.arms.touched!.revenueInterval!.low).toBeCloseTo(-29.68, 1);
    expect(overall!.arms.held_out).toMatchObject({
      customers: 2,
      returned: 1,
      repeatRate: 0.5,
      revenuePerCustomer: 5,
      medianDaysToNext: 5,
    });
    expect(overall!.arms.untouched).toMatchObject({customers: 1, returned: 0, repeatRate: 0});
    expect(overall!.repeatLift!.diff).toBeCloseTo(0.1667, 4);
  });

  it('when groups are this small, then the verdict says too early, with the counts', () => {
    expect(overall!.verdict.status).toBe('too_few');
    expect(overall!.verdict.sentence).toContain('3 touched and 2 held-out');
    expect(overall!.verdict.sentence).toContain('1 more are still inside their 30 days');
  });

  it('when a kind has entries, then it gets its own group without an untouched baseline', () => {
    const groups = summarize([...entries, entry('a', 'touched', 'team_photo')], orders, {
      window: 30,
      asOf: at(100),
    });
    expect(groups.map((g) => g.kind)).toEqual(['overall', 'team_photo']);
    expect(groups[1]!.arms.untouched).toBeNull();
    expect(groups[1]!.arms.held_out).toBeNull();
    expect(groups[1]!.verdict.status).toBe('no_holdout');
  });

  it('when there is nothing at all, then an empty overall group that says to turn the holdout on', () => {
    const [empty] = summarize([], [], {window: 60, asOf: at(100)});
    expect(empty).toMatchObject({
      kind: 'overall',
      arms: {touched: null, held_out: null, untouched: null},
      repeatLift: null,
    });
    expect(empty!.verdict.status).toBe('no_holdout');
  });
});
