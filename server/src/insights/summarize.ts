import type {TouchKind} from '../cadence/types';
import {customerOutcome, type CustomerOutcome} from './outcomes';
import {
  meanDifference,
  meanInterval,
  median,
  rateDifference,
  sample,
  wilson,
  type Difference,
  type Interval,
} from './stats';
import type {Arm, CohortEntry, CustomerOrder, WindowDays} from './types';
import {verdict, MIN_PER_GROUP, type Verdict} from './verdict';
import {detectable, type Detectable} from './detectable';

export interface ArmStats {
  customers: number;
  returned: number;
  repeatRate: number;
  repeatRateInterval: Interval | null;
  revenuePerCustomer: number;
  revenueInterval: Interval | null;
  /** Median revenue per customer: most customers spend nothing more, a few spend a lot. */
  revenueMedian: number;
  medianDaysToNext: number | null;
  notYetMatured: number;
}

export interface InsightsGroup {
  kind: 'overall' | TouchKind;
  arms: Record<Arm, ArmStats | null>;
  repeatLift: Difference | null;
  revenueLift: Difference | null;
  verdict: Verdict;
  /** Per-kind and holdout-only comparisons are small: read them as leads, not findings. */
  exploratory: true;
  detectable: Detectable;
}

const round = (x: number, places = 4) => Math.round(x * 10 ** places) / 10 ** places;
export const roundInterval = (i: Interval | null, places = 4) =>
  i ? {low: round(i.low, places), high: round(i.high, places)} : null;
export const roundDiff = (d: Difference | null, places = 4) =>
  d ? {diff: round(d.diff, places), low: round(d.low, places), high: round(d.high, places)} : null;

export function armStats(
  outcomes: (CustomerOutcome | null)[],
): {stats: ArmStats; revenues: number[]} | null {
  if (outcomes.length === 0) return null;
  const done = outcomes.filter((o): o is CustomerOutcome => o !== null);
  const returned = done.filter((o) => o.returned).length;
  const revenues = done.map((o) => o.revenue);
  const s = sample(revenues);
  const days = done.flatMap((o) => (o.daysToNext === null ? [] : [o.daysToNext]));
  const medianDays = median(days);
  return {
    revenues,
    stats: {
      customers: done.length,
      returned,
      repeatRate: done.length ? round(returned / done.length) : 0,
      repeatRateInterval: roundInterval(wilson(returned, done.length)),
      revenuePerCustomer: round(s.mean, 2),
      revenueInterval: roundInterval(meanInterval(s), 2),
      revenueMedian: round(median(revenues) ?? 0, 2),
      medianDaysToNext: medianDays === null ? null : round(medianDays, 1),
      notYetMatured: outcomes.length - done.length,
    },
  };
}

/**
 * The comparison per group: `overall` (entries with kind null, including the untouched baseline)
 * first, then each kind in the order it first appears. Orders are grouped by customer once, so
 * this is linear in entries and orders.
 */
export function summarize(
  entries: CohortEntry[],
  orders: CustomerOrder[],
  o: {window: WindowDays; asOf: Date},
): InsightsGroup[] {
  const byCustomer = new Map<string, CustomerOrder[]>();
  for (const order of orders) {
    const list = byCustomer.get(order.customerGid);
    if (list) list.push(order);
    else byCustomer.set(order.customerGid, [order]);
  }
  const groups = new Map<string, Record<Arm, (CustomerOutcome | null)[]>>();
  const dates = new Map<string, Record<Arm, Date[]>>();
  for (const e of entries) {
    const key = e.kind ?? 'overall';
    if (!groups.has(key)) groups.set(key, {touched: [], held_out: [], untouched: []});
    if (!dates.has(key)) dates.set(key, {touched: [], held_out: [], untouched: []});
    dates.get(key)![e.arm].push(e.indexAt);
    groups
      .get(key)!
      [e.arm].push(customerOutcome(e, byCustomer.get(e.customerGid) ?? [], o.window, o.asOf));
  }
  if (!groups.has('overall')) groups.set('overall', {touched: [], held_out: [], untouched: []});
  const keys = ['overall', ...[...groups.keys()].filter((k) => k !== 'overall')];
  return keys.map((kind) => {
    const g = groups.get(kind)!;
    const [touched, heldOut, untouched] = [
      armStats(g.touched),
      armStats(g.held_out),
      kind === 'overall' ? armStats(g.untouched) : null,
    ];
    const lift =
      touched && heldOut
        ? rateDifference(
            touched.stats.returned,
            touched.stats.customers,
            heldOut.stats.returned,
            heldOut.stats.customers,
          )
        : null;
    const revenueLift =
      touched && heldOut
        ? meanDifference(sample(touched.revenues), sample(heldOut.revenues))
        : null;
    return {
      kind: kind as InsightsGroup['kind'],
      arms: {
        touched: touched?.stats ?? null,
        held_out: heldOut?.stats ?? null,
        untouched: untouched?.stats ?? null,
      },
      repeatLift: roundDiff(lift),
      revenueLift: roundDiff(revenueLift, 2),
      verdict: verdict(touched?.stats ?? null, heldOut?.stats ?? null, lift, o.window),
      exploratory: true as const,
      detectable: holdoutDetectable(touched?.stats, heldOut?.stats, dates.get(kind), o),
    };
  });
}

function holdoutDetectable(
  touched: ArmStats | undefined,
  heldOut: ArmStats | undefined,
  dates: Record<Arm, Date[]> | undefined,
  o: {window: WindowDays; asOf: Date},
): Detectable {
  const p0 = heldOut && heldOut.customers >= MIN_PER_GROUP ? heldOut.repeatRate : null;
  return detectable(
    p0,
    {entries: dates?.touched ?? [], matured: touched?.customers ?? 0},
    {entries: dates?.held_out ?? [], matured: heldOut?.customers ?? 0},
    {...o, treatedName: 'touched'},
  );
}
