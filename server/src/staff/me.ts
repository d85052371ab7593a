import {z} from 'zod';
import {BadRequestError, ConflictError} from '../errors';
import type {StaffDoc, StaffModel} from './staff.model';
import {findStaff} from './staff-id';
import {toStaffJson} from './staff.json';

export const meSchema = z.strictObject({staffId: z.string().regex(/^[0-9a-f]{24}$/, 'a staff id')});

/** The person doing the work: the session token's user mapped to a staff profile, or nobody yet. */
export interface Worker {
  userId: string | null;
  staffId: string | null;
  name: string | null;
}

/** Who the session user is on the shop's team (null fields when they have not said yet). */
export async function whoIs(
  Staff: StaffModel,
  shop: string,
  userId: string | null,
): Promise<Worker> {
  if (!userId) return {userId, staffId: null, name: null};
  const s = await Staff.findOne({shop, shopifyUserId: userId}).lean<StaffDoc>();
  return {userId, staffId: s ? String(s._id) : null, name: s?.name ?? null};
}

/** The session user's profile, as the panel shows it. */
export async function getMe(Staff: StaffModel, shop: string, userId: string | null) {
  if (!userId) return {staff: null};
  const s = await Staff.findOne({shop, shopifyUserId: userId}).lean<StaffDoc>();
  return {staff: s ? toStaffJson(s) : null};
}

/**
 * "I am this person": maps the session user to a profile. A profile taken by another user is a 409
 * (they must let it go first); the user's earlier profile, if any, is let go.
 */
export async function setMe(
  Staff: StaffModel,
  shop: string,
  userId: string | null,
  staffId: string,
) {
  if (!userId) throw new BadRequestError('This session token names no user');
  const s = await findStaff(Staff, shop, staffId);
  if (s.shopifyUserId && s.shopifyUserId !== userId)
    throw new ConflictError(`${s.name} is already someone else's profile`);
  await Staff.updateMany(
    {shop, shopifyUserId: userId, _id: {$ne: s._id}},
    {$set: {shopifyUserId: null}},
  );
  await Staff.updateOne({_id: s._id}, {$set: {shopifyUserId: userId}});
  return {staff: toStaffJson({...s, shopifyUserId: userId})};
}
