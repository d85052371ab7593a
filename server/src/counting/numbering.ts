import {isDuplicateKey} from '../db/connect';
import {upsertOne} from '../db/upsert';
import type {OrderFactsDoc} from '../intake/order.model';
import {BoundedMap, createKeyedMutex} from '../util/bounded-map';
import {sequenceKey, type CountingModels} from './counting.model';
import type {CadenceFeed} from './feed';

type Deps = {
  models: Pick<CountingModels, 'OrderSequence' | 'ShopCounter'>;
  feed?: CadenceFeed;
  /** How often, at most, the counter hint is written per shop. */
  hintFlushMs?: number;
};

export interface Numbered {
  sequence: number;
  /** false when the order already had its number (a redelivery or a second event). */
  created: boolean;
}

/**
 * Gives each counted order the next position in its shop's count: exactly once, gap-free,
 * without transactions. Every attempt inserts "a number known to be taken (or 0) + 1" into
 * `order_sequences`, whose `_id` makes a number unique and whose (shop, orderGid) index makes
 * an order's number unique. The shop counter is only a hint, written after the fact and
 * coalesced, that never runs ahead of a taken number. Within one process numbering is
 * serialised per shop, so attempts collide only after a restart or with another instance;
 * a collision jumps straight past the highest taken number.
 */
export function createNumbering({models, feed, hintFlushMs = 250}: Deps) {
  const {OrderSequence, ShopCounter} = models;
  const hints = new Map<string, number>();
  const known = new BoundedMap<string, number>(100_000);
  const withShopLock = createKeyedMutex();
  const flushing = new Map<string, Promise<void>>();
  const timers = new Map<string, NodeJS.Timeout>();

  async function ownNumber(shop: string, orderGid: string): Promise<number | null> {
    // A full scan on FerretDB v1 (docs/FERRETDB.md); only after a collision.
    const doc = await OrderSequence.findOne({shop, orderGid}, {sequence: 1}).lean();
    return doc ? doc.sequence : null;
  }

  async function highestTaken(shop: string): Promise<number> {
    const [counter, top] = await Promise.all([
      ShopCounter.findById(shop).lean(),
      OrderSequence.findOne({shop}, {sequence: 1}).sort({sequence: -1}).lean(),
    ]);
    return Math.max(counter?.last ?? 0, top?.sequence ?? 0);
  }

  /** Writes the hint soon (at most once per hintFlushMs per shop): on FerretDB every write counts. */
  function scheduleFlush(shop: string): void {
    if (timers.has(shop)) return;
    const timer = setTimeout(() => {
      timers.delete(shop);
      flushHint(shop).catch(() => undefined); // a hint: a lost write only costs a later collision
    }, hintFlushMs);
    timer.unref();
    timers.set(shop, timer);
  }

  /** Moves the shop's counter hint up to what this process has taken, one write at a time. */
  function flushHint(shop: string): Promise<void> {
    const running = flushing.get(shop);
    if (running) return running;
    const run = (async () => {
      let written = -1;
      while ((hints.get(shop) ?? 0) > written) {
        written = hints.get(shop) ?? 0;
        await upsertOne(ShopCounter, {_id: shop}, {$max: {last: written}});
      }
    })().finally(() => flushing.delete(shop));
    flushing.set(shop, run);
    return run;
  }

  async function take(shop: string, facts: OrderFactsDoc): Promise<Numbered> {
    const {orderGid} = facts;
    const cached = known.get(`${shop}|${orderGid}`);
    if (cached !== undefined) return {sequence: cached, created: false};
    let hint = hints.get(shop) ?? (await ShopCounter.findById(shop).lean())?.last ?? 0;
    for (;;) {
      const sequence = hint + 1;
      const doc = {_id: sequenceKey(shop, sequence), shop, sequence, orderGid, facts};
      try {
        await OrderSequence.create(doc);
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const own = await ownNumber(shop, orderGid);
        if (own !== null) return remember(shop, orderGid, own, false);
        // Not our order, so `sequence` is taken and the hint was stale: jump past the top.
        hint = Math.max(sequence, await highestTaken(shop));
        continue;
      }
      hints.set(shop, sequence);
      feed?.numbered(doc);
      scheduleFlush(shop);
      return remember(shop, orderGid, sequence, true);
    }
  }

  function remember(shop: string, orderGid: string, sequence: number, created: boolean): Numbered {
    known.set(`${shop}|${orderGid}`, sequence);
    return {sequence, created};
  }

  return {
    /** The order's sequence, taking the next one if it has none. */
    number: (shop: string, facts: OrderFactsDoc) => withShopLock(shop, () => take(shop, facts)),
    /** Waits until every shop's counter hint is written (shutdown, tests, the sweep). */
    flush: async () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.all([...hints.keys()].map((shop) => flushHint(shop)));
    },
    /** Forget cached numbers of a shop (after shop/redact). */
    forgetShop: (shop: string) => {
      hints.delete(shop);
      clearTimeout(timers.get(shop));
      timers.delete(shop);
      for (const key of known.keys()) if (key.startsWith(`${shop}|`)) known.delete(key);
    },
  };
}

export type Numbering = ReturnType<typeof createNumbering>;
