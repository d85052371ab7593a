import type {TouchDoc, TouchModel} from './touch.model';
import type {WorkingSet} from './working-set';

type Deps = {models: {Touch: TouchModel}; workingSet: WorkingSet};

/**
 * Marks the shop's touches printed (now, by `userId`, one print more) and returns the ones this
 * call marked. Without `reprint` only touches not printed yet are marked: of two prints racing for
 * the same touches each gets its own, so nothing is printed twice by accident. `updatedAt` moves
 * too, so the archiver never moves away a copy from before the print (archive.ts).
 */
export async function markPrinted(
  {models, workingSet}: Deps,
  shop: string,
  touches: TouchDoc[],
  userId: string | null,
  reprint: boolean,
): Promise<TouchDoc[]> {
  if (touches.length === 0) return [];
  const now = new Date();
  const ids = touches.map((t) => t._id);
  const filter = {shop, _id: {$in: ids}, ...(reprint ? {} : {printedAt: null})};
  const update = {$set: {printedAt: now, printedBy: userId, updatedAt: now}, $inc: {printCount: 1}};
  const res = await models.Touch.updateMany(filter, update, {timestamps: false});
  const marked =
    res.modifiedCount === touches.length ? touches : await markedNow(models.Touch, touches, now);
  const after = marked.map((t) => ({
    ...t,
    printedAt: now,
    printedBy: userId,
    printCount: (t.printCount ?? 0) + 1,
    updatedAt: now,
  }));
  await workingSet.changed(shop, (cached) => {
    for (const t of after) cached.set(String(t._id), t);
  });
  return after;
}

/** The touches whose print stamp is this call's (another print took the others first). */
async function markedNow(Touch: TouchModel, touches: TouchDoc[], now: Date): Promise<TouchDoc[]> {
  const mine = await Touch.find(
    {_id: {$in: touches.map((t) => t._id)}, printedAt: now},
    {_id: 1},
  ).lean<Pick<TouchDoc, '_id'>[]>();
  const ids = new Set(mine.map((t) => String(t._id)));
  return touches.filter((t) => ids.has(String(t._id)));
}

/**
 * Puts back what `markPrinted` did to these touches (its `stamp`), where no later print changed
 * them since: the PDF never reached the bench, so they were not printed.
 */
export async function unmarkPrinted(
  {models, workingSet}: Deps,
  shop: string,
  before: TouchDoc[],
  stamp: Date,
): Promise<void> {
  const now = new Date();
  const restored: {id: string; back: Partial<TouchDoc>}[] = [];
  for (const t of before) {
    const back = {
      printedAt: t.printedAt ?? null,
      printedBy: t.printedBy ?? null,
      printCount: t.printCount ?? 0,
      updatedAt: now,
    };
    const res = await models.Touch.updateOne(
      {_id: t._id, printedAt: stamp},
      {$set: back},
      {timestamps: false},
    );
    if (res.modifiedCount) restored.push({id: String(t._id), back});
  }
  await workingSet.changed(shop, (cached) => {
    for (const {id, back} of restored) {
      const doc = cached.get(id);
      if (doc) cached.set(id, {...doc, ...back});
    }
  });
}
