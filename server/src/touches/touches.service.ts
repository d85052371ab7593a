import {Types} from 'mongoose';
import {insertIgnoringDuplicates} from '../db/insert-many';
import type {Metrics} from '../metrics';
import type {TouchDoc, TouchModel} from './touch.model';
import type {WorkingSet} from './working-set';
import {dueAfter} from '../util/due';
import {BOX_KINDS, isBoxKind} from './stages';

/** A touch to write; `dedupeKey` makes writing it again a no-op. */
export type NewTouch = Omit<
  TouchDoc,
  '_id' | 'createdAt' | 'updatedAt' | 'assignee' | 'note' | 'doneBy' | 'doneAt' | 'dueAt'
> &
  Partial<Pick<TouchDoc, 'assignee' | 'note' | 'dueAt'>>;

export {DEFAULT_DUE_WITHIN_HOURS, dueAfter} from '../util/due';

type Deps = {
  models: {Touch: TouchModel};
  metrics: Metrics;
  workingSet: WorkingSet;
  /** Whether the order was fulfilled (orders/fulfilled seen), so a new box touch has no box left. */
  isShipped: (shop: string, orderGid: string) => Promise<boolean>;
};

export type WithdrawnTouch = Pick<
  TouchDoc,
  'dedupeKey' | 'customerGid' | 'sequence' | 'orderCreatedAt'
>;

export function createTouchWriter({models, metrics, workingSet, isShipped}: Deps) {
  const {Touch} = models;

  /** Inserts the touches that don't exist yet (by dedupe key); returns how many were new. */
  async function record(touches: NewTouch[]): Promise<number> {
    if (touches.length === 0) return 0;
    const now = new Date();
    // Complete documents (id and timestamps included), so the cache holds exactly what was stored.
    const docs: TouchDoc[] = touches.map((t) => ({
      _id: new Types.ObjectId(),
      assignee: null,
      note: null,
      doneBy: null,
      doneAt: null,
      dueAt: dueAfter(t.orderCreatedAt),
      printedAt: null,
      printedBy: null,
      printCount: 0,
      createdAt: now,
      updatedAt: now,
      ...t,
    }));
    const existed = await insertIgnoringDuplicates(Touch, docs);
    const created = docs.filter((_, i) => !existed.has(i));
    for (const d of created) metrics.touchesCreated.inc({kind: d.kind, status: d.status});
    const shops = new Set(created.map((d) => d.shop));
    for (const shop of shops) {
      await workingSet.changed(shop, (cached) => {
        for (const d of created) if (d.shop === shop) cached.set(String(d._id), d);
      });
    }
    await endIfShipped(created);
    return created.length;
  }

  /** Ends the order's open touches matching `filter` with `reason`; returns what was ended. */
  async function skipOpen(
    shop: string,
    orderGid: string,
    filter: Record<string, unknown>,
    skipReason: 'order_cancelled' | 'already_shipped',
  ): Promise<WithdrawnTouch[]> {
    const open = await Touch.find(
      {shop, orderGid, status: 'open', ...filter},
      {_id: 1, dedupeKey: 1, customerGid: 1, sequence: 1, orderCreatedAt: 1},
    ).lean<(WithdrawnTouch & {_id: Types.ObjectId})[]>();
    if (open.length === 0) return [];
    const $set = {status: 'skipped' as const, skipReason, updatedAt: new Date()};
    await Touch.updateMany(
      {_id: {$in: open.map((t) => t._id)}, status: 'open'},
      {$set},
      {timestamps: false},
    );
    await workingSet.changed(shop, (cached) => {
      for (const t of open) {
        const doc = cached.get(String(t._id));
        if (doc?.status === 'open') cached.set(String(t._id), {...doc, ...$set});
      }
    });
    return open;
  }

  /** Withdraws the open touches of a cancelled order; returns what the frequency cap needs of them. */
  const withdrawForOrder = (shop: string, orderGid: string) =>
    skipOpen(shop, orderGid, {kind: {$ne: 'answer_question'}}, 'order_cancelled');

  /**
   * The order shipped: its open box touches (not packed, or they would be done) missed the box and
   * end as `already_shipped` (docs/STAGES.md). Emails, calls and questions go on.
   */
  async function endShipped(shop: string, orderGid: string): Promise<number> {
    const ended = await skipOpen(shop, orderGid, {kind: {$in: BOX_KINDS}}, 'already_shipped');
    if (ended.length) metrics.touchesMissedShipped.inc(ended.length);
    return ended.length;
  }

  /** Box touches written for an order that had already shipped end at once (the webhook came first). */
  async function endIfShipped(created: TouchDoc[]) {
    const orders = new Set(
      created
        .filter((d) => d.status === 'open' && isBoxKind(d.kind))
        .map((d) => `${d.shop}\n${d.orderGid}`),
    );
    for (const key of orders) {
      const [shop, orderGid] = key.split('\n') as [string, string];
      if (await isShipped(shop, orderGid)) await endShipped(shop, orderGid);
    }
  }

  return {record, withdrawForOrder, endShipped};
}

export type TouchWriter = ReturnType<typeof createTouchWriter>;
