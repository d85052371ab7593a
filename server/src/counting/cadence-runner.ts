import type {Logger} from '../logger';
import type {Models} from '../db/models';
import type {TouchWriter} from '../touches/touches.service';
import type {CadenceStateDoc} from './counting.model';
import {BATCH_SIZE, runCadenceBatch} from './cadence-batch';
import {withdrawLateCancellations} from './late-cancellations';
import type {CadenceFeed} from './feed';

type Deps = {
  models: Models;
  touches: TouchWriter;
  feed: CadenceFeed;
  logger: Logger;
  instanceId: string;
  leaseMs?: number;
  /**
   * Pause after a partial batch so that, under load, orders accumulate and each pass decides
   * many (a pass costs about seven database operations whatever its size). Decisions are
   * asynchronous to the webhook's acknowledgement, so this adds no latency Shopify sees.
   */
  paceMs?: number;
};

/**
 * Moves each shop's cadence cursor through its counted orders, one process at a time per
 * shop (a lease on the shop's cadence_states document), so that rollovers and daily targets
 * see orders in sequence order whatever order the webhooks arrived in.
 */
export function createCadenceRunner({
  models,
  touches,
  feed,
  logger,
  instanceId,
  leaseMs = 30_000,
  paceMs = 100,
}: Deps) {
  const {CadenceState, ShopCounter} = models;
  const running = new Set<string>();
  const again = new Set<string>();
  const inFlight = new Set<Promise<void>>();

  async function acquire(shop: string): Promise<CadenceStateDoc | null> {
    const now = new Date();
    return CadenceState.findOneAndUpdate(
      {_id: shop, $or: [{leaseOwner: null}, {leaseOwner: instanceId}, {leaseUntil: {$lt: now}}]},
      {$set: {leaseOwner: instanceId, leaseUntil: new Date(now.getTime() + leaseMs)}},
      {returnDocument: 'after'},
    ).lean<CadenceStateDoc>();
  }

  async function release(shop: string, wanted: number): Promise<boolean> {
    const res = await CadenceState.updateOne(
      {_id: shop, leaseOwner: instanceId, wanted},
      {$set: {leaseOwner: null, leaseUntil: null}},
    );
    return res.modifiedCount === 1;
  }

  async function drain(shop: string): Promise<void> {
    let state = await acquire(shop);
    while (state) {
      const done = await runCadenceBatch({models, touches, feed}, shop, state, instanceId, leaseMs);
      if (done) {
        await withdrawLateCancellations(
          {models, touches},
          shop,
          done.orderGids,
          done.cancelledBefore,
        );
        state = {
          ...state,
          cursor: done.cursor,
          pending: done.state.pending,
          daily: done.state.daily,
          turn: done.turn,
        };
        if (done.orderGids.length < BATCH_SIZE && paceMs > 0)
          await new Promise((r) => setTimeout(r, paceMs));
        continue;
      }
      if (await release(shop, state.wanted)) return;
      // Someone kicked while we were busy: look again before letting go.
      state = await CadenceState.findById(shop).lean<CadenceStateDoc>();
      if (state?.leaseOwner !== instanceId) return;
    }
  }

  function advance(shop: string): void {
    if (running.has(shop)) {
      again.add(shop);
      return;
    }
    running.add(shop);
    const work = drain(shop)
      .catch((error) => {
        feed.forgetShop(shop); // a half-done pass may have touched the cached histories
        logger.error({shop, err: error}, 'cadence pass failed; the sweep will retry');
      })
      .finally(() => {
        running.delete(shop);
        inFlight.delete(work);
        if (again.delete(shop)) advance(shop);
      });
    inFlight.add(work);
  }

  /** Called after an order is counted: records the wish, then advances (never throws). */
  async function kick(shop: string): Promise<void> {
    // While this process holds the shop, it looks again before letting go (the `again` flag);
    // only otherwise must the holder elsewhere learn of the new order through `wanted`.
    if (!running.has(shop)) await CadenceState.updateOne({_id: shop}, {$inc: {wanted: 1}});
    advance(shop);
  }

  /**
   * Periodic safety net: advances any shop whose lease is free or expired and whose cursor is
   * behind its counter hint, or every shop when `everyShop` (the hint is written lazily, so
   * after a crash it can lag behind the numbers really taken).
   */
  async function sweep(everyShop = false): Promise<void> {
    const [states, counters] = await Promise.all([
      CadenceState.find({}).lean(),
      ShopCounter.find({}).lean(),
    ]);
    const last = new Map(counters.map((c) => [c._id, c.last]));
    const now = Date.now();
    for (const s of states) {
      const free =
        !s.leaseOwner || s.leaseOwner === instanceId || (s.leaseUntil && +s.leaseUntil < now);
      if (free && (everyShop || (last.get(s._id) ?? 0) > s.cursor)) advance(s._id);
    }
  }

  /** Resolves when every pass started so far has finished (tests, shutdown). */
  async function idle(): Promise<void> {
    while (inFlight.size > 0) await Promise.all([...inFlight]);
  }

  return {kick, advance, sweep, idle};
}

export type CadenceRunner = ReturnType<typeof createCadenceRunner>;
