import {customerOutcome} from './outcomes';
import {detectable, type Detectable} from './detectable';
import type {PooledArm, PooledEntry} from './pooled-entries';
import {meanDifference, rateDifference, sample, type Difference} from './stats';
import {armStats, roundDiff, type ArmStats} from './summarize';
import type {CustomerOrder, WindowDays} from './types';
import {MIN_PER_GROUP} from './verdict';
import {pooledVerdict, holdoutCheck, type Check, type PooledVerdict} from './pooled-verdict';

export interface Pooled {
  arms: Record<PooledArm, ArmStats | null>;
  /** Picked customers, how many had their touch marked done, and the share (null without picks). */
  carriedOut: {picked: number; done: number; share: number | null};
  repeatLift: Difference | null;
  revenueLift: Difference | null;
  verdict: PooledVerdict;
  detectable: Detectable;
  check: Check;
}

const ARMS: PooledArm[] = ['picked', 'held_out', 'not_picked'];

/** Picked vs every eligible customer not picked; the random holdout checks the two agree. */
export function comparePooled(
  entries: PooledEntry[],
  orders: CustomerOrder[],
  o: {window: WindowDays; asOf: Date},
): Pooled {
  const byCustomer = new Map<string, CustomerOrder[]>();
  for (const order of orders) {
    const list = byCustomer.get(order.customerGid);
    if (list) list.push(order);
    else byCustomer.set(order.customerGid, [order]);
  }
  const sides = Object.fromEntries(ARMS.map((a) => [a, entries.filter((e) => e.arm === a)]));
  const stats = Object.fromEntries(
    ARMS.map((arm) => [
      arm,
      armStats(
        sides[arm]!.map((e) =>
          customerOutcome(
            {...e, arm: 'touched', kind: null},
            byCustomer.get(e.customerGid) ?? [],
            o.window,
            o.asOf,
          ),
        ),
      ),
    ]),
  ) as Record<PooledArm, ReturnType<typeof armStats>>;
  const [picked, notPicked, heldOut] = [stats.picked, stats.not_picked, stats.held_out];
  const lift =
    picked && notPicked
      ? rateDifference(
          picked.stats.returned,
          picked.stats.customers,
          notPicked.stats.returned,
          notPicked.stats.customers,
        )
      : null;
  const side = (arm: PooledArm) => ({
    entries: sides[arm]!.map((e) => e.indexAt),
    matured: stats[arm]?.stats.customers ?? 0,
  });
  const p0 =
    notPicked && notPicked.stats.customers >= MIN_PER_GROUP ? notPicked.stats.repeatRate : null;
  const done = sides.picked!.filter((e) => e.done).length;
  return {
    arms: {
      picked: picked?.stats ?? null,
      held_out: heldOut?.stats ?? null,
      not_picked: notPicked?.stats ?? null,
    },
    carriedOut: {
      picked: sides.picked!.length,
      done,
      share: sides.picked!.length ? Math.round((done / sides.picked!.length) * 1000) / 1000 : null,
    },
    repeatLift: roundDiff(lift),
    revenueLift: roundDiff(
      picked && notPicked
        ? meanDifference(sample(picked.revenues), sample(notPicked.revenues))
        : null,
      2,
    ),
    verdict: pooledVerdict(picked?.stats ?? null, notPicked?.stats ?? null, lift, o.window),
    detectable: detectable(p0, side('picked'), side('not_picked'), {
      ...o,
      treatedName: 'picked',
    }),
    check: holdoutCheck(heldOut?.stats ?? null, notPicked?.stats ?? null),
  };
}
