import type { Types } from 'mongoose';
import { isDuplicateKey } from '../db/connect';
import type { Metrics } from '../metrics';
import type { TouchDoc, TouchModel } from './touch.model';

/** A touch to write; `dedupeKey` makes writing it again a no-op. */
export type NewTouch = Omit<TouchDoc, '_id' | 'createdAt' | 'updatedAt' | 'assignee' | 'note' | 'doneBy' | 'doneAt'> &
  Partial<Pick<TouchDoc, 'assignee' | 'note'>>;

type Deps = { models: { Touch: TouchModel }; metrics: Metrics };

export function createTouchWriter({ models, metrics }: Deps) {
  const { Touch } = models;

  /** Inserts the touches that don't exist yet (by dedupe key); returns how many were new. */
  async function record(touches: NewTouch[]): Promise<number> {
    if (touches.length === 0) return 0;
    const docs = touches.map((t) => ({ assignee: null, note: null, ...t }));
    let failedIndexes = new Set<number>();
    try {
      await Touch.insertMany(docs, { ordered: false });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { index?: number; err?: { index?: number }; code?: number }[] }).writeErrors;
      if (!writeErrors || !writeErrors.every((e) => isDuplicateKey(e) || e.code === 11000)) {
        if (!isDuplicateKey(error)) throw error;
      }
      failedIndexes = new Set((writeErrors ?? []).map((e) => e.index ?? e.err?.index ?? -1));
      if (!writeErrors) failedIndexes = new Set(docs.map((_, i) => i));
    }
    docs.forEach((d, i) => {
      if (!failedIndexes.has(i)) metrics.touchesCreated.inc({ kind: d.kind, status: d.status });
    });
    return docs.length - failedIndexes.size;
  }

  /** Withdraws the open touches of a cancelled order; returns their dedupe keys. */
  async function withdrawForOrder(shop: string, orderGid: string): Promise<string[]> {
    const open = await Touch.find(
      { shop, orderGid, status: 'open', kind: { $ne: 'answer_question' } },
      { _id: 1, dedupeKey: 1 },
    ).lean<{ _id: Types.ObjectId; dedupeKey: string }[]>();
    if (open.length === 0) return [];
    await Touch.updateMany(
      { _id: { $in: open.map((t) => t._id) }, status: 'open' },
      { $set: { status: 'skipped', skipReason: 'order_cancelled' } },
    );
    return open.map((t) => t.dedupeKey);
  }

  return { record, withdrawForOrder };
}

export type TouchWriter = ReturnType<typeof createTouchWriter>;
