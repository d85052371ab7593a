import { Types } from 'mongoose';
import { z } from 'zod';
import { TOUCH_KINDS } from '../cadence/types';
import type { TouchDoc, TouchModel } from './touch.model';

export const listQuerySchema = z.strictObject({
  status: z.enum(['open', 'done', 'skipped', 'held_out']).optional(),
  kind: z.enum(TOUCH_KINDS as [string, ...string[]]).optional(),
  assignee: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** A touch as the public contract (PRODUCT.md) shows it. */
export function toTouchJson(t: TouchDoc) {
  return {
    id: String(t._id),
    orderId: t.orderGid,
    orderName: t.orderName,
    sequence: t.sequence,
    kind: t.kind,
    status: t.status,
    ruleId: t.ruleId,
    assignee: t.assignee,
    createdAt: t.createdAt.toISOString(),
    customer: t.customerGid ? { id: t.customerGid, displayName: t.customerName } : null,
    orderCreatedAt: t.orderCreatedAt.toISOString(),
    note: t.note ?? null,
    ...(t.status === 'skipped' ? { skipReason: t.skipReason } : {}),
  };
}

const encodeCursor = (t: TouchDoc) => Buffer.from(`${t.createdAt.toISOString()}|${t._id}`).toString('base64url');

function decodeCursor(cursor: string): { createdAt: Date; id: Types.ObjectId } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (Number.isNaN(createdAt.getTime()) || !id || !Types.ObjectId.isValid(id)) return null;
  return { createdAt, id: new Types.ObjectId(id) };
}

/** Newest first, keyset-paginated on (createdAt, _id). Returns null for a malformed cursor. */
export async function listTouches(Touch: TouchModel, shop: string, q: ListQuery) {
  const filter: Record<string, unknown> = { shop };
  if (q.status) filter.status = q.status;
  if (q.kind) filter.kind = q.kind;
  if (q.assignee) filter.assignee = q.assignee;
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (!c) return null;
    filter.$or = [{ createdAt: { $lt: c.createdAt } }, { createdAt: c.createdAt, _id: { $lt: c.id } }];
  }
  const docs = await Touch.find(filter).sort({ createdAt: -1, _id: -1 }).limit(q.limit + 1).lean<TouchDoc[]>();
  const page = docs.slice(0, q.limit);
  const last = page[page.length - 1];
  return { touches: page.map(toTouchJson), nextCursor: docs.length > q.limit && last ? encodeCursor(last) : null };
}
