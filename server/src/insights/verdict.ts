import {requiredPerGroup, type Difference} from './stats';

export type VerdictStatus = 'no_holdout' | 'too_few' | 'not_yet' | 'positive' | 'negative';
export interface Verdict {
  status: VerdictStatus;
  sentence: string;
  heldOutNeeded?: number;
}

/** Below this many matured customers in either group, a comparison is not worth a sentence. */
export const MIN_PER_GROUP = 10;

interface Group {
  customers: number;
  returned: number;
  notYetMatured: number;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const points = (x: number) => {
  const p = Math.round(x * 100);
  return p === 0 ? '0' : `${p > 0 ? '+' : '−'}${Math.abs(p)}`;
};
const range = (d: Difference) => `${points(d.low)} to ${points(d.high)} points`;

/** The plain sentence a merchant reads: is the difference in repeat purchase real yet? */
export function verdict(
  touched: Group | null,
  heldOut: Group | null,
  lift: Difference | null,
  window: number,
): Verdict {
  if (!heldOut || heldOut.customers + heldOut.notYetMatured === 0) {
    return {
      status: 'no_holdout',
      sentence:
        'No held-out customers yet: set a holdout share in Settings to see what the touches do.',
    };
  }
  const t = touched?.customers ?? 0;
  const h = heldOut.customers;
  if (!lift || t < MIN_PER_GROUP || h < MIN_PER_GROUP) {
    const waiting = (touched?.notYetMatured ?? 0) + heldOut.notYetMatured;
    const later = waiting ? ` ${waiting} more are still inside their ${window} days.` : '';
    return {
      status: 'too_few',
      sentence: `Too early to compare: ${t} touched and ${h} held-out customers have had their ${window} days; at least ${MIN_PER_GROUP} of each are needed.${later}`,
    };
  }
  const [p1, p2] = [touched!.returned / t, heldOut.returned / h];
  const detail = `${pct(p1)} vs ${pct(p2)} within ${window} days (${points(lift.diff)} points, 95% interval ${range(lift)}; ${t} touched, ${h} held out)`;
  if (lift.low > 0)
    return {status: 'positive', sentence: `Touched customers came back more often: ${detail}.`};
  if (lift.high < 0)
    return {status: 'negative', sentence: `Touched customers came back less often: ${detail}.`};
  const perGroup = requiredPerGroup(p1, p2);
  if (perGroup === null) return {status: 'not_yet', sentence: `No difference so far: ${detail}.`};
  const heldOutNeeded = Math.max(1, perGroup - h);
  return {
    status: 'not_yet',
    sentence: `Not distinguishable from noise yet: ${detail}. About ${heldOutNeeded.toLocaleString('en')} more held-out customers needed to tell.`,
    heldOutNeeded,
  };
}
