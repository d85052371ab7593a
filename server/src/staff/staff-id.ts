import {Types} from 'mongoose';
import {NotFoundError} from '../errors';
import type {StaffDoc, StaffModel} from './staff.model';

/** A staff id from a URL; anything that is not one is simply not found. */
export function parseStaffId(id: string): Types.ObjectId {
  if (!/^[0-9a-f]{24}$/.test(id)) throw new NotFoundError('No such staff member');
  return new Types.ObjectId(id);
}

/**
 * The shop's staff member, or 404 (also for another shop's). Read by `_id` alone, the one
 * filter FerretDB evaluates in SQLite (docs/FERRETDB.md), then checked against the shop.
 */
export async function findStaff(Staff: StaffModel, shop: string, id: string): Promise<StaffDoc> {
  const doc = await Staff.findById(parseStaffId(id)).lean<StaffDoc>();
  if (!doc || doc.shop !== shop) throw new NotFoundError('No such staff member');
  return doc;
}
