import type {WorkingSet} from '../touches';
import type {TouchDoc, TouchModel} from '../touches/touch.model';
import type {ShopsService} from '../shops';
import {ConflictError, ValidationError} from '../errors';
import type {StaffDoc, StaffModel, StaffPhotoModel} from './staff.model';
import type {StaffInput, StaffPatch} from './staff.schema';
import {findStaff} from './staff-id';
import {toStaffJson} from './staff.json';
import {doneStats} from './weekly-stats';
import {getMe, setMe} from './me';

/** More profiles than any shop's team; keeps a list (read whole on FerretDB) small. */
export const MAX_STAFF_PER_SHOP = 500;

export type StaffDeps = {
  models: {Staff: StaffModel; StaffPhoto: StaffPhotoModel; Touch: TouchModel};
  workingSet: WorkingSet;
  shops: Pick<ShopsService, 'ensureShop'>;
};

const byActiveThenName = (a: StaffDoc, b: StaffDoc) =>
  Number(b.active) - Number(a.active) ||
  a.name.localeCompare(b.name, undefined, {sensitivity: 'base'}) ||
  String(a._id).localeCompare(String(b._id));

/** The team: profiles, and who did how many touches this week. */
export function createStaffService({models, workingSet, shops}: StaffDeps) {
  const {Staff, StaffPhoto, Touch} = models;

  /**
   * Every profile with its done counts. The counts come from the queue's working set (one cached
   * read for the whole team, see touches/working-set.ts): it holds every touch finished in the
   * last five weeks, so the current week is always in it.
   */
  async function list(shop: string) {
    const [staff, settings, touches] = await Promise.all([
      Staff.find({shop}).lean<StaffDoc[]>(),
      shops.ensureShop(shop),
      workingSet.read(shop),
    ]);
    const stats = doneStats(
      touches,
      staff.map((s) => String(s._id)),
      settings.timezone,
      new Date(),
    );
    return staff.sort(byActiveThenName).map((s) => toStaffJson(s, stats.get(String(s._id))));
  }

  /** The digest goes to the person's own address: none, no digest. */
  function needsAddress(s: {weeklyDigest?: boolean; replyToEmail: string | null}) {
    if (s.weeklyDigest && !s.replyToEmail)
      throw new ValidationError('The weekly digest needs an email address for this person', {
        replyToEmail: ['an email address to send the weekly digest to'],
      });
  }

  async function create(shop: string, input: StaffInput) {
    if ((await Staff.countDocuments({shop})) >= MAX_STAFF_PER_SHOP)
      throw new ConflictError(`A shop can have at most ${MAX_STAFF_PER_SHOP} staff profiles`);
    needsAddress(input);
    const created = await Staff.create({...input, shop, photo: null});
    return toStaffJson(created.toObject());
  }

  async function update(shop: string, id: string, patch: StaffPatch) {
    const current = await findStaff(Staff, shop, id);
    if (Object.keys(patch).length === 0) return toStaffJson(current);
    needsAddress({...current, ...patch});
    // The shop was checked above and never changes: update by _id alone (cheap on FerretDB).
    const saved = await Staff.findOneAndUpdate(
      {_id: current._id},
      {$set: patch},
      {returnDocument: 'after'},
    ).lean<StaffDoc>();
    return toStaffJson(saved ?? {...current, ...patch});
  }

  /** Removes the profile and its photo; the touches assigned to them go back to nobody. */
  async function remove(shop: string, id: string): Promise<{unassigned: number}> {
    const current = await findStaff(Staff, shop, id);
    const staffId = String(current._id);
    await Staff.deleteOne({_id: current._id});
    await StaffPhoto.deleteOne({_id: current._id});
    // updatedAt stays: unassigning is not a change of the work (a skipped touch stays "skipped then").
    const {modifiedCount} = await Touch.updateMany(
      {shop, assignee: staffId},
      {$set: {assignee: null}},
      {timestamps: false},
    );
    await workingSet.changed(shop, (cached) => {
      for (const [key, t] of cached)
        if (t.assignee === staffId) cached.set(key, {...t, assignee: null} as TouchDoc);
    });
    return {unassigned: modifiedCount};
  }

  const me = (shop: string, userId: string | null) => getMe(Staff, shop, userId);
  const claim = (shop: string, userId: string | null, staffId: string) =>
    setMe(Staff, shop, userId, staffId);

  return {list, create, update, remove, me, claim};
}

export type StaffService = ReturnType<typeof createStaffService>;
