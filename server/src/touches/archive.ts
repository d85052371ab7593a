import type {Types} from 'mongoose';
import type {TouchDoc, TouchModel} from './touch.model';
import type {WorkingSet} from './working-set';

/** A finished touch unchanged this long leaves the working set for the history. */
export const ARCHIVE_AFTER_DAYS = 35;

type Deps = {models: {Touch: TouchModel; TouchArchive: TouchModel}};
type ArchiveDeps = Deps & {workingSet: WorkingSet};

const isDuplicateOnly = (error: {writeErrors?: {code?: number}[]; code?: number}) =>
  (error.writeErrors ?? [error]).every((e) => e.code === 11000);

/**
 * Moves one batch of finished touches unchanged for ARCHIVE_AFTER_DAYS from `touches` to
 * `touch_archive`, oldest change first. Crash-safe without transactions:
 * 1. copy the batch (a copy already there from an interrupted run is fine);
 * 2. delete exactly that batch's key range, (updatedAt, _id) <= the last copied, still finished —
 *    a touch only ever moves forward in updatedAt, so nothing uncopied can be in that range;
 * 3. a touch changed between 1 and 2 stays in the working set: its stale copy is removed.
 * Returns how many moved.
 */
export async function archiveBatch(
  {models, workingSet}: ArchiveDeps,
  now = new Date(),
  batch = 2000,
): Promise<number> {
  const {Touch, TouchArchive} = models;
  const startedAt = new Date();
  const horizon = new Date(now.getTime() - ARCHIVE_AFTER_DAYS * 86_400_000);
  const docs = await Touch.find({status: {$ne: 'open' as const}, updatedAt: {$lt: horizon}})
    .sort({updatedAt: 1, _id: 1})
    .limit(batch)
    .lean<TouchDoc[]>();
  const last = docs[docs.length - 1];
  if (!last) return 0;
  // The raw driver keeps createdAt/updatedAt as they were (mongoose would stamp them anew).
  await TouchArchive.collection.insertMany(docs, {ordered: false}).catch((error) => {
    if (!isDuplicateOnly(error)) throw error;
  });
  const deleted = await Touch.deleteMany({
    status: {$ne: 'open' as const},
    $or: [{updatedAt: {$lt: last.updatedAt}}, {updatedAt: last.updatedAt, _id: {$lte: last._id}}],
  });
  const copied = new Set(docs.map((d) => String(d._id)));
  const changed = await Touch.find({updatedAt: {$gte: startedAt}}, {_id: 1}).lean<
    {_id: Types.ObjectId}[]
  >();
  const stale = changed.filter((d) => copied.has(String(d._id))).map((d) => d._id);
  if (stale.length) await TouchArchive.deleteMany({_id: {$in: stale}});
  const kept = new Set(stale.map(String));
  const moved = docs.filter((d) => !kept.has(String(d._id)));
  for (const shop of new Set(moved.map((d) => d.shop))) {
    await workingSet.changed(shop, (cached) => {
      for (const d of moved)
        if (
          d.shop === shop &&
          cached.get(String(d._id))?.updatedAt.getTime() === d.updatedAt.getTime()
        )
          cached.delete(String(d._id));
    });
  }
  return deleted.deletedCount;
}

/** Archives until nothing is due or `budgetMs` is spent (the first run after a long gap can be big). */
export async function archiveFinishedTouches(
  deps: ArchiveDeps,
  {now = new Date(), batch = 2000, budgetMs = 20_000} = {},
): Promise<number> {
  const until = Date.now() + budgetMs;
  let moved = 0;
  for (;;) {
    const n = await archiveBatch(deps, now, batch);
    moved += n;
    if (n < batch || Date.now() > until) return moved;
  }
}

/** One touch of the shop wherever it lives: the working set (cached) first, then the history (read-only). */
export async function findTouch(
  {models, workingSet}: Deps & {workingSet: WorkingSet},
  shop: string,
  _id: Types.ObjectId,
): Promise<{touch: TouchDoc; archived: boolean} | null> {
  const hot = (await workingSet.read(shop)).find((t) => t._id.equals(_id));
  if (hot) return {touch: hot, archived: false};
  const old = await models.TouchArchive.findOne({_id, shop}).lean<TouchDoc>();
  return old ? {touch: old, archived: true} : null;
}
