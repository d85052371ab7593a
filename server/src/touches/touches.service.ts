import type { Types } from 'mongoose';
import { insertIgnoringDuplicates } from '../db/insert-many';
import type { Metrics } from '../metrics';
import type { TouchDoc, TouchModel } from './touch.model';

/** A touch to write; `dedupeKey` makes writing it again a no-op. */
export type NewTouch = Omit<TouchDoc, '_id' | 'createdAt' | 'updatedAt' | 'assignee' | 'note' | 'doneBy' | 'doneAt' | 'dueAt'> &
  Partial<Pick<TouchDoc, 'assignee' | 'note' | 'dueAt'>>;

/** Before the parcel ships: a day after the order unless the shop says otherwise. */
export const DEFAULT_DUE_WITHIN_HOURS = 24;
export const dueAfter = (orderCreatedAt: Date, hours = DEFAULT_DUE_WITHIN_HOURS) => new Date(orderCreatedAt.getTime() + hours * 3_600_000);

type Deps = { models: { Touch: TouchModel }; metrics: Metrics };

export type WithdrawnTouch = Pick<TouchDoc, 'dedupeKey' | 'customerGid' | 'sequence' | 'orderCreatedAt'>;

export function createTouchWriter({ models, metrics }: Deps) {
  const { Touch } = models;

  /** Inserts the touches that don't exist yet (by dedupe key); returns how many were new. */
  async function record(touches: NewTouch[]): Promise<number> {
    const docs = touches.map((t) => ({ assignee: null, note: null, dueAt: dueAfter(t.orderCreatedAt), ...t }));
    const existed = await insertIgnoringDuplicates(Touch, docs as TouchDoc[]);
    docs.forEach((d, i) => {
      if (!existed.has(i)) metrics.touchesCreated.inc({ kind: d.kind, status: d.status });
    });
    return docs.length - existed.size;
  }

  /** Withdraws the open touches of a cancelled order; returns what the frequency cap needs of them. */
  async function withdrawForOrder(shop: string, orderGid: string): Promise<WithdrawnTouch[]> {
    const open = await Touch.find(
      { shop, orderGid, status: 'open', kind: { $ne: 'answer_question' } },
      { _id: 1, dedupeKey: 1, customerGid: 1, sequence: 1, orderCreatedAt: 1 },
    ).lean<(WithdrawnTouch & { _id: Types.ObjectId })[]>();
    if (open.length === 0) return [];
    await Touch.updateMany(
      { _id: { $in: open.map((t) => t._id) }, status: 'open' },
      { $set: { status: 'skipped', skipReason: 'order_cancelled' } },
    );
    return open;
  }

  return { record, withdrawForOrder };
}

export type TouchWriter = ReturnType<typeof createTouchWriter>;
