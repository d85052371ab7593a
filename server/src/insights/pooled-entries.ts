import type {PosPolicy} from '../cadence/types';
import type {ArmedTouch} from './cohorts';
import type {CustomerOrder} from './types';

const DAY = 86_400_000;

export type PooledArm = 'picked' | 'held_out' | 'not_picked';
/** One customer in the pooled comparison, at their first eligible order. */
export interface PooledEntry {
  customerGid: string;
  arm: PooledArm;
  indexAt: Date;
  indexOrderGid: string;
  /** Picked and some touch on that order marked done. */
  done: boolean;
}

/**
 * Which order may be the entry: `any` (the headline), `first` (only the customer's first counted
 * order: first-time customers) or `later` (their first eligible order after it: returning ones).
 */
export type EntryFrom = 'any' | 'first' | 'later';

export interface Exclusions {
  frequencyCapDays: number;
  posOrders: PosPolicy;
}

function byCustomer(orders: CustomerOrder[]): Map<string, CustomerOrder[]> {
  const map = new Map<string, CustomerOrder[]>();
  for (const o of orders) {
    const list = map.get(o.customerGid);
    if (list) list.push(o);
    else map.set(o.customerGid, [o]);
  }
  for (const list of map.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());
  return map;
}

/**
 * Each customer enters at their first eligible order: picked when a touch on it was carried out,
 * held out when every touch on it was, not picked when no rule fired on it. The engine's
 * exclusions apply to both sides alike: cancelled orders, POS orders the shop counts but does not
 * touch, orders inside the frequency cap after the customer's last pick, and orders a rule fired on
 * that the engine then skipped (a condition, no email) are no one's entry.
 */
export function pooledEntries(
  touches: ArmedTouch[],
  orders: CustomerOrder[],
  firedOrders: Set<string>,
  ex: Exclusions,
  from: EntryFrom = 'any',
): PooledEntry[] {
  const armOf = new Map<string, {arm: PooledArm; done: boolean}>();
  for (const t of touches) {
    const seen = armOf.get(t.orderGid);
    const arm: PooledArm = t.arm === 'touched' || seen?.arm === 'picked' ? 'picked' : 'held_out';
    armOf.set(t.orderGid, {arm, done: (seen?.done ?? false) || t.done});
  }
  const entries: PooledEntry[] = [];
  for (const [customerGid, list] of byCustomer(orders)) {
    let lastPick: number | null = null;
    for (const [i, o] of list.entries()) {
      if (from === 'first' && i > 0) break;
      const armed = armOf.get(o.orderGid);
      const capped = lastPick !== null && o.at.getTime() - lastPick < ex.frequencyCapDays * DAY;
      const skippedByEngine = !armed && firedOrders.has(o.orderGid);
      const posOnly = o.pos && ex.posOrders === 'count_not_touch';
      const later = from !== 'later' || i > 0;
      if (later && !o.cancelled && !capped && !skippedByEngine && !posOnly) {
        entries.push({
          customerGid,
          arm: armed?.arm ?? 'not_picked',
          indexAt: o.at,
          indexOrderGid: o.orderGid,
          done: armed?.arm === 'picked' && armed.done,
        });
        break;
      }
      if (armed) lastPick = o.at.getTime();
    }
  }
  return entries;
}
