import {BoundedMap} from '../util/bounded-map';
import type {CustomerHistory} from './customer-history';
import type {OrderSequenceDoc} from './counting.model';

/**
 * In-process caches of immutable facts for the cadence runner, so that on FerretDB v1 (where
 * every read is a full scan, docs/FERRETDB.md) the steady state reads nothing big:
 * - counted orders this process numbered, by shop and sequence (a miss falls back to the database);
 * - the lease holder's customer histories, valid only while the shop's cursor is where this
 *   process left it (another process moving it invalidates them).
 */
export function createCadenceFeed(limit = 50_000) {
  const orders = new BoundedMap<string, OrderSequenceDoc>(limit);
  const histories = new Map<string, {cursor: number; byCustomer: Map<string, CustomerHistory>}>();
  return {
    numbered(doc: OrderSequenceDoc) {
      orders.set(`${doc.shop}|${doc.sequence}`, doc);
    },
    /** The contiguous run after `cursor` that is in memory (possibly empty). */
    runAfter(shop: string, cursor: number, max: number): OrderSequenceDoc[] {
      const run: OrderSequenceDoc[] = [];
      for (let s = cursor + 1; run.length < max; s++) {
        const doc = orders.get(`${shop}|${s}`);
        if (!doc) break;
        run.push(doc);
      }
      return run;
    },
    consumed(shop: string, upTo: number, from: number) {
      for (let s = from; s <= upTo; s++) orders.delete(`${shop}|${s}`);
    },
    histories(shop: string, cursor: number) {
      const cached = histories.get(shop);
      return cached && cached.cursor === cursor ? cached.byCustomer : null;
    },
    keepHistories(shop: string, cursor: number, byCustomer: Map<string, CustomerHistory>) {
      histories.set(shop, {cursor, byCustomer});
    },
    forgetShop(shop: string) {
      histories.delete(shop);
      for (const key of orders.keys()) if (key.startsWith(`${shop}|`)) orders.delete(key);
    },
  };
}

export type CadenceFeed = ReturnType<typeof createCadenceFeed>;
