import { Types } from 'mongoose';
import { z } from 'zod';
import { TOUCH_KINDS } from '../cadence/types';
import type { TouchDoc, TouchModel } from './touch.model';
import { dueAfter } from './touches.service';

const day = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).transform((v) => new Date(v));

export const listQuerySchema = z
  .strictObject({
    status: z.enum(['open', 'done', 'skipped', 'held_out']).optional(),
    kind: z.enum(TOUCH_KINDS as [string, ...string[]]).optional(),
    /** A staff id, or `unassigned`. */
    assignee: z.string().min(1).max(200).optional(),
    /** Due on or after `from`, before `to` (dates are UTC midnights; pass times for the shop's day). */
    from: day.optional(),
    to: day.optional(),
    /** Order name or customer name contains this (case-insensitive). */
    q: z.string().trim().min(1).max(100).optional(),
    sort: z.enum(['due', 'newest', 'oldest']).default('newest'),
    /** `true`: the history (finished touches older than the working set, see touch.model.ts). */
    archived: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: 'must be after from', path: ['to'] });

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
    dueAt: (t.dueAt ?? dueAfter(t.orderCreatedAt)).toISOString(),
    customer: t.customerGid ? { id: t.customerGid, displayName: t.customerName } : null,
    orderCreatedAt: t.orderCreatedAt.toISOString(),
    note: t.note ?? null,
    doneBy: t.doneBy ?? null,
    doneAt: t.doneAt?.toISOString() ?? null,
    ...(t.status === 'skipped' ? { skipReason: t.skipReason } : {}),
  };
}

const SORTS = {
  newest: { field: 'createdAt', dir: -1 },
  oldest: { field: 'createdAt', dir: 1 },
  due: { field: 'dueAt', dir: 1 },
} as const;

type Sort = keyof typeof SORTS;

const encodeCursor = (sort: Sort, t: TouchDoc) =>
  Buffer.from(`${sort}|${(t[SORTS[sort].field] as Date).toISOString()}|${t._id}`).toString('base64url');

function decodeCursor(sort: Sort, cursor: string): { at: Date; id: Types.ObjectId } | null {
  const [forSort, at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (forSort !== sort || Number.isNaN(date.getTime()) || !id || !/^[0-9a-f]{24}$/.test(id)) return null;
  return { at: date, id: new Types.ObjectId(id) };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The filter for a list query, without the cursor. */
export function listFilter(shop: string, q: Omit<ListQuery, 'sort' | 'limit' | 'cursor' | 'archived'>): Record<string, unknown> {
  const filter: Record<string, unknown> = { shop };
  if (q.status) filter.status = q.status;
  if (q.kind) filter.kind = q.kind;
  if (q.assignee) filter.assignee = q.assignee === 'unassigned' ? null : q.assignee;
  if (q.from || q.to) filter.dueAt = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lt: q.to } : {}) };
  if (q.q) {
    const re = { $regex: escapeRegex(q.q), $options: 'i' };
    filter.$or = [{ orderName: re }, { customerName: re }];
  }
  return filter;
}

/**
 * Keyset-paginated on (sort field, _id). Reads the working set, or the history with
 * `archived=true`. Returns null for a cursor this API did not hand out for this sort.
 */
export async function listTouches(models: { Touch: TouchModel; TouchArchive: TouchModel }, shop: string, q: ListQuery) {
  const filter = listFilter(shop, q);
  const { field, dir } = SORTS[q.sort];
  if (q.cursor) {
    const c = decodeCursor(q.sort, q.cursor);
    if (!c) return null;
    const op = dir === 1 ? '$gt' : '$lt';
    const after = { $or: [{ [field]: { [op]: c.at } }, { [field]: c.at, _id: { [op]: c.id } }] };
    filter.$and = [after];
  }
  const collection = q.archived ? models.TouchArchive : models.Touch;
  const docs = await collection.find(filter).sort({ [field]: dir, _id: dir }).limit(q.limit + 1).lean<TouchDoc[]>();
  const page = docs.slice(0, q.limit);
  const last = page[page.length - 1];
  return { touches: page.map(toTouchJson), nextCursor: docs.length > q.limit && last ? encodeCursor(q.sort, last) : null };
}
