import type {BulkAction, TouchPatch} from '@human-touch/contract/schemas';
import {Types} from 'mongoose';
import {BadRequestError, ConflictError, NotFoundError, ValidationError} from '../errors';
import {findTouch} from './archive';
import type {WorkingSet} from './working-set';
import type {TouchDoc, TouchModel} from './touch.model';
import type {StaffModel} from '../staff/staff.model';
import {whoIs} from '../staff/me';
import {currentStage, isBoxKind} from './stages';
import {stageSet} from './stage-change';

export {MANUAL_SKIP_REASONS} from '@human-touch/contract';
export {
  bulkSchema,
  touchPatchSchema,
  type BulkAction,
  type TouchPatch,
} from '@human-touch/contract/schemas';

export const parseTouchId = (id: string) => {
  if (!Types.ObjectId.isValid(id) || !/^[0-9a-f]{24}$/.test(id))
    throw new NotFoundError('No such touch');
  return new Types.ObjectId(id);
};

/**
 * A question marked answered outside the app (not by the reply email, which keeps its words as the
 * note) needs a note saying how: the order's other touches and the next person rely on it.
 */
function answersWithoutNote(t: TouchDoc, p: TouchPatch): boolean {
  if (t.kind !== 'answer_question' || t.status === 'done') return false;
  if (p.status !== 'done' && p.stage !== 'answered') return false;
  const note = p.note !== undefined ? p.note : t.note;
  return !note?.trim();
}

/** Applies a person's change to one touch of the shop; held-out touches are never worked. */
type Deps = {
  models: {Touch: TouchModel; TouchArchive: TouchModel; Staff: StaffModel};
  workingSet: WorkingSet;
};

export async function patchTouch(
  {models, workingSet}: Deps,
  shop: string,
  id: string,
  patch: TouchPatch,
  userId: string | null,
): Promise<TouchDoc> {
  const {Touch} = models;
  const _id = parseTouchId(id);
  const found = await findTouch({models, workingSet}, shop, _id);
  if (!found) throw new NotFoundError('No such touch');
  if (found.archived)
    throw new ConflictError(
      'This touch is in the history (finished over a month ago) and can no longer be changed',
    );
  const current = found.touch;
  if (current.status === 'held_out')
    throw new BadRequestError('A held-out touch is part of the comparison and is not carried out');
  if (answersWithoutNote(current, patch))
    throw new ValidationError('Say how the question was answered', {
      note: ['answered elsewhere (phone, chat, in person)? a line on what was said'],
    });
  const $set = {
    ...(patch.note !== undefined ? {note: patch.note} : {}),
    ...(patch.assignee !== undefined ? {assignee: patch.assignee} : {}),
    ...stageSet(current, patch, await whoIs(models.Staff, shop, userId)),
    updatedAt: new Date(),
  };
  // The shop was checked above and never changes; a filter of exactly {_id} is the one FerretDB
  // evaluates in SQLite instead of decoding every document (~50x cheaper, docs/FERRETDB.md).
  const after = await Touch.findOneAndUpdate(
    {_id},
    {$set},
    {returnDocument: 'after', timestamps: false},
  ).lean<TouchDoc>();
  if (!after) throw new NotFoundError('No such touch'); // archived or erased in between
  await workingSet.changed(shop, (cached) => cached.set(String(after._id), after));
  return after;
}

/** One action on many touches of the shop; ids of other shops are simply not matched. */
export async function bulkTouches(deps: Deps, shop: string, b: BulkAction, userId: string | null) {
  if (b.action === 'assign' || b.action === 'skip') return bulkSet(deps, shop, b);
  const ids = new Set(b.ids);
  const mine = (await deps.workingSet.read(shop)).filter(
    (t) => ids.has(String(t._id)) && t.status !== 'held_out',
  );
  // Packing reaches only box touches; each touch's own stage is set one by one (each has its own list).
  // A question is answered one by one, with a note on how (it is left out of a bulk done without one).
  const targets =
    b.action === 'pack'
      ? mine.filter((t) => isBoxKind(t.kind))
      : b.action === 'done'
        ? mine.filter((t) => !answersWithoutNote(t, {status: 'done'}))
        : mine;
  let modified = 0;
  for (const t of targets) {
    const patch: TouchPatch =
      b.action === 'pack'
        ? {stage: 'packed'}
        : b.action === 'reopen'
          ? {status: 'open'}
          : {status: 'done'};
    const before = currentStage(t);
    const after = await patchTouch(deps, shop, String(t._id), patch, userId);
    if (currentStage(after) !== before || after.status !== t.status) modified++;
  }
  return {matched: targets.length, modified};
}

async function bulkSet({models, workingSet}: Deps, shop: string, b: BulkAction) {
  const filter = {
    shop,
    _id: {$in: b.ids.map((id) => new Types.ObjectId(id))},
    status: {$ne: 'held_out' as const},
  };
  const $set = {
    ...(b.action === 'assign'
      ? {assignee: b.assignee ?? null}
      : {status: 'skipped' as const, skipReason: b.skipReason, doneBy: null, doneAt: null}),
    updatedAt: new Date(),
  };
  const res = await models.Touch.updateMany(filter, {$set}, {timestamps: false});
  const ids = new Set(b.ids);
  await workingSet.changed(shop, (cached) => {
    for (const id of ids) {
      const doc = cached.get(id);
      if (doc && doc.status !== 'held_out') cached.set(id, {...doc, ...$set} as TouchDoc);
    }
  });
  return {matched: res.matchedCount, modified: res.modifiedCount};
}
