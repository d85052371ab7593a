import type {ListQuery, TouchJson} from '@human-touch/contract/schemas';
import {Types} from 'mongoose';
import type {TouchDoc, TouchModel} from './touch.model';
import {dueAfter} from './touches.service';
import {mediumOf} from '@human-touch/contract';
import {currentStage, isWordsKind, stageJson, stagesOf} from './stages';
import type {WorkingSet} from './working-set';

export {listQuerySchema, type ListQuery} from '@human-touch/contract/schemas';

/** A touch as the public contract (docs/API.md, touchSchema in the contract) shows it. */
export function toTouchJson(t: TouchDoc): TouchJson {
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
    customer: t.customerGid ? {id: t.customerGid, displayName: t.customerName} : null,
    orderCreatedAt: t.orderCreatedAt.toISOString(),
    note: t.note ?? null,
    doneBy: t.doneBy ?? null,
    doneAt: t.doneAt?.toISOString() ?? null,
    printedAt: t.printedAt?.toISOString() ?? null,
    printCount: t.printCount ?? 0,
    stage: currentStage(t),
    stages: stagesOf(t).map(stageJson),
    ...(isWordsKind(t.kind) ? {medium: mediumOf(t.kind, t.medium) ?? 'pen'} : {}),
    /** What the order note asks of the parcel (gift wrap…), for the packer; null when nothing. */
    request: t.request ?? null,
    ...(t.status === 'skipped' ? {skipReason: t.skipReason} : {}),
  };
}

const SORTS = {
  newest: {field: 'createdAt', dir: -1},
  oldest: {field: 'createdAt', dir: 1},
  due: {field: 'dueAt', dir: 1},
} as const;

type Sort = keyof typeof SORTS;
type Key = {at: number; id: string};

const keyOf = (sort: Sort, t: TouchDoc): Key => ({
  at: (t[SORTS[sort].field] ?? dueAfter(t.orderCreatedAt)).getTime(),
  id: String(t._id),
});

/** Negative when a comes first in the sort. */
function compare(sort: Sort, a: Key, b: Key): number {
  const d = a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return SORTS[sort].dir * d;
}

const encodeCursor = (sort: Sort, k: Key) =>
  Buffer.from(`${sort}|${new Date(k.at).toISOString()}|${k.id}`).toString('base64url');

function decodeCursor(sort: Sort, cursor: string): Key | null {
  const [forSort, at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const time = new Date(at ?? '').getTime();
  if (forSort !== sort || Number.isNaN(time) || !id || !/^[0-9a-f]{24}$/.test(id)) return null;
  return {at: time, id};
}

type Filters = Omit<ListQuery, 'sort' | 'limit' | 'cursor' | 'archived'>;

/** The list's filters as a predicate (the working set is filtered in memory). */
export function matches(q: Filters): (t: TouchDoc) => boolean {
  const needle = q.q?.toLocaleLowerCase();
  const assignee = q.assignee === 'unassigned' ? null : q.assignee;
  return (t) => {
    if (q.status && t.status !== q.status) return false;
    if (q.kind && t.kind !== q.kind) return false;
    if (q.assignee && (t.assignee ?? null) !== assignee) return false;
    const due = (t.dueAt ?? dueAfter(t.orderCreatedAt)).getTime();
    if (q.from && due < q.from.getTime()) return false;
    if (q.to && due >= q.to.getTime()) return false;
    if (
      needle &&
      !t.orderName.toLocaleLowerCase().includes(needle) &&
      !(t.customerName ?? '').toLocaleLowerCase().includes(needle)
    )
      return false;
    return true;
  };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same filters as a database query, for the history. */
function historyFilter(shop: string, q: Filters): Record<string, unknown> {
  const filter: Record<string, unknown> = {shop};
  if (q.status) filter.status = q.status;
  if (q.kind) filter.kind = q.kind;
  if (q.assignee) filter.assignee = q.assignee === 'unassigned' ? null : q.assignee;
  if (q.from || q.to)
    filter.dueAt = {...(q.from ? {$gte: q.from} : {}), ...(q.to ? {$lt: q.to} : {})};
  if (q.q) {
    const re = {$regex: escapeRegex(q.q), $options: 'i'};
    filter.$or = [{orderName: re}, {customerName: re}];
  }
  return filter;
}

type ListDeps = {models: {TouchArchive: TouchModel}; workingSet: WorkingSet};

/**
 * Keyset-paginated on (sort field, id). The working set comes from the in-process read model
 * (working-set.ts); the history (`archived=true`) is a database query. Returns null for a cursor
 * this API did not hand out for this sort.
 */
export async function listTouches({models, workingSet}: ListDeps, shop: string, q: ListQuery) {
  const after = q.cursor ? decodeCursor(q.sort, q.cursor) : undefined;
  if (after === null) return null;
  const {field, dir} = SORTS[q.sort];
  let candidates: TouchDoc[];
  if (q.archived) {
    const filter = historyFilter(shop, q);
    if (after) {
      const op = dir === 1 ? '$gt' : '$lt';
      const at = new Date(after.at);
      const id = new Types.ObjectId(after.id);
      filter.$and = [{$or: [{[field]: {[op]: at}}, {[field]: at, _id: {[op]: id}}]}];
    }
    candidates = await models.TouchArchive.find(filter)
      .sort({[field]: dir, _id: dir})
      .limit(q.limit + 1)
      .lean<TouchDoc[]>();
  } else {
    const keep = matches(q);
    candidates = (await workingSet.read(shop))
      .filter((t) => keep(t) && (!after || compare(q.sort, keyOf(q.sort, t), after) > 0))
      .sort((a, b) => compare(q.sort, keyOf(q.sort, a), keyOf(q.sort, b)));
  }
  const page = candidates.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    touches: page.map(toTouchJson),
    nextCursor:
      candidates.length > q.limit && last ? encodeCursor(q.sort, keyOf(q.sort, last)) : null,
  };
}
