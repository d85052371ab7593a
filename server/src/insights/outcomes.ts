import type {CohortEntry, CustomerOrder, WindowDays} from './types';

const DAY = 86_400_000;

export interface CustomerOutcome {
  /** Ordered again (not cancelled) within the window. */
  returned: boolean;
  /** Net revenue of the later orders within the window. */
  revenue: number;
  /** Days to the first later order placed before `asOf`, or null. */
  daysToNext: number | null;
}

/**
 * What one customer did after entering: null while the window is still open — leaving them out
 * (rather than counting "no return yet") keeps the newest customers from dragging rates down.
 * The index order itself is excluded by id, not by time: two orders can share a timestamp.
 */
export function customerOutcome(
  entry: CohortEntry,
  orders: CustomerOrder[],
  window: WindowDays,
  asOf: Date,
): CustomerOutcome | null {
  const start = entry.indexAt.getTime();
  const end = start + window * DAY;
  if (end > asOf.getTime()) return null;
  let returned = false;
  let revenue = 0;
  let next: number | null = null;
  for (const o of orders) {
    const t = o.at.getTime();
    if (o.orderGid === entry.indexOrderGid || t < start || t > asOf.getTime()) continue;
    if (t <= end) {
      revenue += o.revenue;
      returned ||= !o.cancelled;
    }
    if (!o.cancelled && (next === null || t < next)) next = t;
  }
  return {returned, revenue, daysToNext: next === null ? null : (next - start) / DAY};
}
