import { isDuplicateKey } from '../db/connect';
import { upsertOne } from '../db/upsert';
import type { OrderFactsDoc } from '../intake/order.model';
import { BoundedMap, createKeyedMutex } from '../util/bounded-map';
import { sequenceKey, type CountingModels } from './counting.model';
import type { CadenceFeed } from './feed';

type Deps = { models: Pick<CountingModels, 'OrderSequence' | 'ShopCounter'>; feed?: CadenceFeed };

export interface Numbered {
  sequence: number;
  /** false when the order already had its number (a redelivery or a second event). */
  created: boolean;
}

/**
 * Gives each counted order the next position in its shop's count: exactly once, gap-free,
 * without transactions. Every attempt inserts "a number known to exist (or 0) + 1" into
 * `order_sequences`, whose `_id` makes a number unique and whose (shop, orderGid) index
 * makes an order's number unique; the counter is only a hint that never runs ahead of a
 * taken number. Within one process, numbering is serialised per shop so attempts rarely
 * collide; across processes a collision just moves on to the next number.
 */
export function createNumbering({ models, feed }: Deps) {
  const { OrderSequence, ShopCounter } = models;
  const hints = new Map<string, number>();
  const known = new BoundedMap<string, number>(100_000);
  const withShopLock = createKeyedMutex();

  async function existingNumber(shop: string, orderGid: string): Promise<number | null> {
    const cached = known.get(`${shop}|${orderGid}`);
    if (cached !== undefined) return cached;
    // A full scan on FerretDB v1 (docs/FERRETDB.md); only for redeliveries the cache missed.
    const doc = await OrderSequence.findOne({ shop, orderGid }, { sequence: 1 }).lean();
    return doc ? doc.sequence : null;
  }

  async function counterHint(shop: string): Promise<number> {
    return (await ShopCounter.findById(shop).lean())?.last ?? 0;
  }

  async function take(shop: string, facts: OrderFactsDoc, mayExist: boolean): Promise<Numbered> {
    const { orderGid } = facts;
    if (mayExist || known.has(`${shop}|${orderGid}`)) {
      const existing = await existingNumber(shop, orderGid);
      if (existing !== null) return { sequence: existing, created: false };
    }
    let hint = hints.get(shop) ?? (await counterHint(shop));
    for (;;) {
      const sequence = hint + 1;
      const doc = { _id: sequenceKey(shop, sequence), shop, sequence, orderGid, facts };
      try {
        await OrderSequence.create(doc);
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const existing = await existingNumber(shop, orderGid);
        if (existing !== null) return remember(shop, orderGid, existing, false);
        // Not our order, so `sequence` is taken: it exists and the hint may move up to it.
        hint = Math.max(sequence, await counterHint(shop));
        continue;
      }
      hints.set(shop, sequence);
      feed?.numbered(doc);
      await upsertOne(ShopCounter, { _id: shop }, { $max: { last: sequence } });
      return remember(shop, orderGid, sequence, true);
    }
  }

  function remember(shop: string, orderGid: string, sequence: number, created: boolean): Numbered {
    known.set(`${shop}|${orderGid}`, sequence);
    return { sequence, created };
  }

  return {
    /** The order's sequence, taking the next one if it has none. `mayExist`: the order was seen before. */
    number: (shop: string, facts: OrderFactsDoc, mayExist: boolean) =>
      withShopLock(shop, () => take(shop, facts, mayExist)),
    /** Forget cached numbers of a shop (after shop/redact). */
    forgetShop: (shop: string) => {
      hints.delete(shop);
      for (const key of known.keys()) if (key.startsWith(`${shop}|`)) known.delete(key);
    },
  };
}

export type Numbering = ReturnType<typeof createNumbering>;
