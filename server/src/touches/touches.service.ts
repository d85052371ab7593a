import {Types} from 'mongoose';
import {insertIgnoringDuplicates} from '../db/insert-many';
import type {Metrics} from '../metrics';
import type {TouchDoc, TouchModel} from './touch.model';
import type {WorkingSet} from './working-set';
import {dueAfter} from '../util/due';

/** A touch to write; `dedupeKey` makes writing it again a no-op. */
export type NewTouch = Omit<
  TouchDoc,
  '_id' | 'createdAt' | 'updatedAt' | 'assignee' | 'note' | 'doneBy' | 'doneAt' | 'dueAt'
> &
  Partial<Pick<TouchDoc, 'assignee' | 'note' | 'dueAt'>>;

export {DEFAULT_DUE_WITHIN_HOURS, dueAfter} from '../util/due';

type Deps = {models: {Touch: TouchModel}; metrics: Metrics; workingSet: WorkingSet};

export type WithdrawnTouch = Pick<
  TouchDoc,
  'dedupeKey' | 'customerGid' | 'sequence' | 'orderCreatedAt'
>;

export function createTouchWriter({models, metrics, workingSet}: Deps) {
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
    return created.length;
  }

  /** Withdraws the open touches of a cancelled order; returns what the frequency cap needs of them. */
  async function withdrawForOrder(shop: string, orderGid: string): Promise<WithdrawnTouch[]> {
    const open = await Touch.find(
      {shop, orderGid, status: 'open', kind: {$ne: 'answer_question'}},
      {_id: 1, dedupeKey: 1, customerGid: 1, sequence: 1, orderCreatedAt: 1},
    ).lean<(WithdrawnTouch & {_id: Types.ObjectId})[]>();
    if (open.length === 0) return [];
    const $set = {
      status: 'skipped' as const,
      skipReason: 'order_cancelled' as const,
      updatedAt: new Date(),
    };
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

  return {record, withdrawForOrder};
}

export type TouchWriter = ReturnType<typeof createTouchWriter>;
