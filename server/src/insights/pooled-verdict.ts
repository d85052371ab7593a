import {rateDifference, type Difference} from './stats';
import {MIN_PER_GROUP} from './verdict';

export type PooledStatus = 'positive' | 'negative' | 'not_yet' | 'too_few';
export interface PooledVerdict {
  status: PooledStatus;
  sentence: string;
}
export type CheckStatus = 'agree' | 'disagree' | 'too_few' | 'no_holdout';
/** Is the not-picked group a fair comparison? Held-out and not-picked customers should come back alike. */
export interface Check {
  status: CheckStatus;
  sentence: string;
  /** Held out − not picked, in repeat rate (fractions). */
  heldOutVsNotPicked: Difference | null;
}

interface Group {
  customers: number;
  returned: number;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const points = (x: number) => {
  const p = Math.round(x * 100);
  return p === 0 ? '0' : `${p > 0 ? '+' : '−'}${Math.abs(p)}`;
};
const round = (d: Difference) => ({
  diff: Math.round(d.diff * 1e4) / 1e4,
  low: Math.round(d.low * 1e4) / 1e4,
  high: Math.round(d.high * 1e4) / 1e4,
});

/** The headline sentence: picked customers against every eligible customer not picked. */
export function pooledVerdict(
  picked: Group | null,
  notPicked: Group | null,
  lift: Difference | null,
  window: number,
): PooledVerdict {
  const [t, c] = [picked?.customers ?? 0, notPicked?.customers ?? 0];
  if (!lift || t < MIN_PER_GROUP || c < MIN_PER_GROUP)
    return {
      status: 'too_few',
      sentence: `Too early to compare: ${t} picked and ${c} not-picked customers have had their ${window} days; at least ${MIN_PER_GROUP} of each are needed.`,
    };
  const detail = `${pct(picked!.returned / t)} vs ${pct(notPicked!.returned / c)} within ${window} days (${points(lift.diff)} points, 95% interval ${points(lift.low)} to ${points(lift.high)}; ${t} picked, ${c} not picked)`;
  if (lift.low > 0)
    return {
      status: 'positive',
      sentence: `Customers picked for a touch came back more often than those not picked: ${detail}.`,
    };
  if (lift.high < 0)
    return {
      status: 'negative',
      sentence: `Customers picked for a touch came back less often than those not picked: ${detail}.`,
    };
  return {status: 'not_yet', sentence: `Not distinguishable from noise yet: ${detail}.`};
}

/** Held-out customers were picked and then left alone: they should look like the not-picked ones. */
export function holdoutCheck(heldOut: Group | null, notPicked: Group | null): Check {
  if (!heldOut || heldOut.customers === 0)
    return {
      status: 'no_holdout',
      sentence: 'No held-out customers to check the comparison with (Settings: holdout share).',
      heldOutVsNotPicked: null,
    };
  const d =
    notPicked && notPicked.customers
      ? rateDifference(heldOut.returned, heldOut.customers, notPicked.returned, notPicked.customers)
      : null;
  if (!d || heldOut.customers < MIN_PER_GROUP || (notPicked?.customers ?? 0) < MIN_PER_GROUP)
    return {
      status: 'too_few',
      sentence: `Only ${heldOut.customers} held-out customers so far: too few to check the comparison.`,
      heldOutVsNotPicked: d && round(d),
    };
  const gap = `held out ${pct(heldOut.returned / heldOut.customers)} vs not picked ${pct(notPicked!.returned / notPicked!.customers)} (95% interval ${points(d.low)} to ${points(d.high)} points)`;
  if (d.low > 0 || d.high < 0)
    return {
      status: 'disagree',
      sentence: `The two comparisons disagree: held-out customers, who got nothing, came back differently from those not picked — ${gap}. Trust the holdout comparison until they agree.`,
      heldOutVsNotPicked: round(d),
    };
  return {
    status: 'agree',
    sentence: `The holdout agrees: customers held out came back like those not picked — ${gap}.`,
    heldOutVsNotPicked: round(d),
  };
}
