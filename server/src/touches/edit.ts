import {Types} from 'mongoose';
import {z} from 'zod';
import {BadRequestError, ConflictError, NotFoundError, ValidationError} from '../errors';
import {findTouch} from './archive';
import type {WorkingSet} from './working-set';
import type {TouchDoc, TouchModel} from './touch.model';
import type {StaffModel} from '../staff/staff.model';
import {whoIs} from '../staff/me';
import {currentStage, isBoxKind, STAGES, type Stage} from './stages';
import {stageSet} from './stage-change';

/** Reasons a person may give for skipping a touch by hand (the cadence's own are set by the engine). */
export const MANUAL_SKIP_REASONS = [
  'customer_asked',
  'not_appropriate',
  'out_of_stock',
  'duplicate',
  'other',
] as const;

const skip = z.enum(MANUAL_SKIP_REASONS);

export const touchPatchSchema = z
  .strictObject({
    note: z.string().max(2000).nullable().optional(),
    assignee: z.string().trim().min(1).max(200).nullable().optional(),
    status: z.enum(['open', 'done', 'skipped']).optional(),
    skipReason: skip.optional(),
    /** A stage of the touch's kind reached (docs/STAGES.md), e.g. `packed` from the bench. */
    stage: z.enum(STAGES as [Stage, ...Stage[]]).optional(),
  })
  .refine((p) => !(p.stage && p.status), {
    message: 'a stage or a status, not both',
    path: ['stage'],
  })
  .refine((p) => p.status !== 'skipped' || p.skipReason, {
    message: 'a reason is required to skip a touch',
    path: ['skipReason'],
  })
  .refine((p) => p.skipReason === undefined || p.status === 'skipped', {
    message: 'only a skipped touch has a reason',
    path: ['skipReason'],
  });

export const bulkSchema = z
  .strictObject({
    ids: z
      .array(z.string().regex(/^[0-9a-f]{24}$/, 'a touch id'))
      .min(1)
      .max(200),
    /** done: each touch's own next stage (a box touch: prepared); pack: box touches packed. */
    action: z.enum(['assign', 'done', 'skip', 'pack']),
    assignee: z.string().trim().min(1).max(200).nullable().optional(),
    skipReason: skip.optional(),
  })
  .refine((b) => b.action !== 'skip' || b.skipReason, {
    message: 'a reason is required to skip',
    path: ['skipReason'],
  })
  .refine((b) => b.action !== 'assign' || b.assignee !== undefined, {
    message: 'who to assign to',
    path: ['assignee'],
  });

export type TouchPatch = z.infer<typeof touchPatchSchema>;
export type BulkAction = z.infer<typeof bulkSchema>;

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
      : mine.filter((t) => !answersWithoutNote(t, {status: 'done'}));
  let modified = 0;
  for (const t of targets) {
    const patch: TouchPatch = b.action === 'pack' ? {stage: 'packed'} : {status: 'done'};
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
