import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface Interval {
  low: number;
  high: number;
}
export interface Difference extends Interval {
  diff: number;
}

const Z95 = normalQuantile(0.975, 0, 1);

/** Wilson score interval for k successes out of n (95% by default); null without a sample. */
export function wilson(k: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + z2n);
  return {low: Math.max(0, centre - half), high: Math.min(1, centre + half)};
}

/**
 * p1 − p2 with Newcombe's hybrid score interval (1998, method 10), built from the two Wilson
 * intervals: it stays inside [−1, 1] and behaves at 0% and 100%, where the Wald interval fails.
 */
export function rateDifference(k1: number, n1: number, k2: number, n2: number): Difference | null {
  const w1 = wilson(k1, n1);
  const w2 = wilson(k2, n2);
  if (!w1 || !w2) return null;
  const [p1, p2] = [k1 / n1, k2 / n2];
  const diff = p1 - p2;
  return {
    diff,
    low: diff - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: diff + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
  };
}

export interface Sample {
  n: number;
  mean: number;
  variance: number;
}

export function sample(values: number[]): Sample {
  const n = values.length;
  const mean = n ? values.reduce((s, v) => s + v, 0) / n : 0;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  return {n, mean, variance};
}

/** Student's t interval for a mean; null below two values. */
export function meanInterval(s: Sample): Interval | null {
  if (s.n < 2) return null;
  const half = tQuantile(0.975, s.n - 1) * Math.sqrt(s.variance / s.n);
  return {low: s.mean - half, high: s.mean + half};
}

/**
 * Welch's interval for mean(a) − mean(b): unequal variances, Welch–Satterthwaite degrees of freedom.
 * Revenue per customer is skewed (most spend nothing); at the group sizes where a verdict is given
 * (tens to thousands) the mean's sampling distribution is close enough to normal for Welch.
 */
export function meanDifference(a: Sample, b: Sample): Difference | null {
  if (a.n < 2 || b.n < 2) return null;
  const diff = a.mean - b.mean;
  const [va, vb] = [a.variance / a.n, b.variance / b.n];
  const se = Math.sqrt(va + vb);
  if (se === 0) return {diff, low: diff, high: diff};
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const half = tQuantile(0.975, df) * se;
  return {diff, low: diff - half, high: diff + half};
}

/**
 * Customers needed in each group to tell p1 from p2 (two-sided α, power), by the standard
 * two-proportion formula with the pooled variance under the null (Fleiss, without continuity
 * correction). Null when the rates are equal: no sample size tells equal rates apart.
 */
export function requiredPerGroup(p1: number, p2: number, alpha = 0.05, power = 0.8): number | null {
  if (p1 === p2) return null;
  const za = normalQuantile(1 - alpha / 2, 0, 1);
  const zb = normalQuantile(power, 0, 1);
  const pbar = (p1 + p2) / 2;
  const top = za * Math.sqrt(2 * pbar * (1 - pbar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil(top ** 2 / (p1 - p2) ** 2);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
