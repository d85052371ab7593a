import {customerOutcome} from './outcomes';
import type {PooledEntry} from './pooled-entries';
import {rateDifference, type Difference} from './stats';
import {armStats, roundDiff, type ArmStats} from './summarize';
import type {CustomerOrder, WindowDays} from './types';

/** First-time or returning customers: picked vs not picked on that order. */
export interface Segment {
  picked: ArmStats | null;
  notPicked: ArmStats | null;
  repeatLift: Difference | null;
}

/** The pooled comparison within one segment (entries built by `pooledEntries(…, 'first' | 'later')`). */
export function compareSegment(
  entries: PooledEntry[],
  orders: CustomerOrder[],
  o: {window: WindowDays; asOf: Date},
): Segment {
  const byCustomer = new Map<string, CustomerOrder[]>();
  for (const order of orders) {
    const list = byCustomer.get(order.customerGid);
    if (list) list.push(order);
    else byCustomer.set(order.customerGid, [order]);
  }
  const side = (arm: PooledEntry['arm']) =>
    armStats(
      entries
        .filter((e) => e.arm === arm)
        .map((e) =>
          customerOutcome(
            {...e, arm: 'touched', kind: null},
            byCustomer.get(e.customerGid) ?? [],
            o.window,
            o.asOf,
          ),
        ),
    )?.stats ?? null;
  const [picked, notPicked] = [side('picked'), side('not_picked')];
  return {
    picked,
    notPicked,
    repeatLift:
      picked && notPicked
        ? roundDiff(
            rateDifference(
              picked.returned,
              picked.customers,
              notPicked.returned,
              notPicked.customers,
            ),
          )
        : null,
  };
}
