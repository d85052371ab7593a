import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

const DAY = 86_400_000;
const Z = normalQuantile(0.975, 0, 1) + normalQuantile(0.8, 0, 1);
/** Relative lifts whose visibility date the page reports. */
export const LIFTS = [0.1, 0.2, 0.35, 0.5];
const HORIZON_DAYS = 3650;

/** What a comparison can see: the smallest relative lift in repeat purchase, and when others show. */
export interface Detectable {
  /** The comparison group's repeat rate the lift is relative to. */
  baselineRate: number | null;
  /** Smallest relative lift (0.35 = +35%) a two-sided 5% test with 80% power sees at today's matured counts. */
  minDetectableLift: number | null;
  /** The same in percentage points of repeat rate. */
  minDetectablePoints: number | null;
  /** Customers entering the treated group per 30 days (over the last 180 days). */
  perMonth: number;
  /** The day each relative lift becomes detectable at the current pace (null: not within 10 years). */
  visibleBy: {lift: number; date: string | null}[];
  sentence: string;
}

/** Entry dates of one side of a comparison, and how many of them have matured. */
export interface Side {
  entries: Date[];
  matured: number;
}

/** Absolute minimum detectable difference for rate p0 with n1 and n2 customers. */
export function minDetectableDifference(p0: number, n1: number, n2: number): number | null {
  if (n1 < 1 || n2 < 1 || p0 <= 0 || p0 >= 1) return null;
  return Z * Math.sqrt(p0 * (1 - p0) * (1 / n1 + 1 / n2));
}

function perDay(entries: Date[], asOf: Date): number {
  if (entries.length === 0) return 0;
  const since = Math.max(asOf.getTime() - 180 * DAY, Math.min(...entries.map((d) => d.getTime())));
  const recent = entries.filter((d) => d.getTime() >= since).length;
  return recent / Math.max(1, (asOf.getTime() - since) / DAY);
}

/**
 * The day a relative lift shows: the treated side needs n1 matured customers (the other side
 * grows in proportion, as it has so far). Customers already in mature at entry + window; beyond
 * them, new ones come at the recent pace and mature a window later.
 */
function visibleDate(
  lift: number,
  p0: number,
  treated: Side,
  ratio: number,
  o: {window: number; asOf: Date},
): string | null {
  const n1 = Math.ceil((Z ** 2 * p0 * (1 - p0) * (1 + 1 / ratio)) / (lift * p0) ** 2);
  if (n1 <= treated.matured) return o.asOf.toISOString().slice(0, 10);
  const due = treated.entries.map((d) => d.getTime() + o.window * DAY).sort((a, b) => a - b);
  let at: number;
  if (n1 <= due.length) at = due[n1 - 1]!;
  else {
    const rate = perDay(treated.entries, o.asOf);
    if (rate === 0) return null;
    at = o.asOf.getTime() + ((n1 - due.length) / rate + o.window) * DAY;
  }
  return at - o.asOf.getTime() > HORIZON_DAYS * DAY
    ? null
    : new Date(at).toISOString().slice(0, 10);
}

const month = (iso: string) =>
  new Date(iso).toLocaleDateString('en', {month: 'long', year: 'numeric', timeZone: 'UTC'});

/** The detectable lift of treated vs comparison, at rate p0 of the comparison side. */
export function detectable(
  p0: number | null,
  treated: Side,
  comparison: Side,
  o: {window: number; asOf: Date; treatedName: string},
): Detectable {
  const perMonth = Math.round(perDay(treated.entries, o.asOf) * 30 * 10) / 10;
  const abs = p0 === null ? null : minDetectableDifference(p0, treated.matured, comparison.matured);
  const ratio = comparison.entries.length / Math.max(1, treated.entries.length);
  const visibleBy = LIFTS.map((lift) => ({
    lift,
    date:
      p0 === null || p0 <= 0 || p0 >= 1 || ratio === 0
        ? null
        : visibleDate(lift, p0, treated, ratio, o),
  }));
  const rel = abs === null || p0 === null ? null : abs / p0;
  const pace = `With about ${Math.round(perMonth)} ${o.treatedName} customers a month`;
  const today =
    rel === null
      ? 'there is no baseline yet to measure a lift against'
      : `a lift in repeat purchase under ${Math.round(rel * 100)}% can't be told from noise yet`;
  const next = visibleBy.find((v) => v.date && (rel === null || v.lift < rel));
  const later = next
    ? `; a ${Math.round(next.lift * 100)}% lift would show by ${month(next.date!)}`
    : '';
  return {
    baselineRate: p0 === null ? null : Math.round(p0 * 10_000) / 10_000,
    minDetectableLift: rel === null ? null : Math.round(rel * 1000) / 1000,
    minDetectablePoints: abs === null ? null : Math.round(abs * 10_000) / 10_000,
    perMonth,
    visibleBy,
    sentence: `${pace}, ${today}${later}.`,
  };
}
