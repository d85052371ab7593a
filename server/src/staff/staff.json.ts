import type {StaffMemberJson} from '@human-touch/contract/schemas';
import type {StaffDoc} from './staff.model';
import type {DoneStats} from './weekly-stats';

/** A staff profile as the API shows it; `photoUrl` changes with the photo, so caches never go stale. */
export function toStaffJson(s: StaffDoc, stats?: DoneStats): StaffMemberJson {
  const id = String(s._id);
  return {
    id,
    name: s.name,
    role: s.role ?? null,
    replyToEmail: s.replyToEmail ?? null,
    dailyCapacityMinutes: s.dailyCapacityMinutes,
    active: s.active,
    signature: s.signature ?? null,
    weeklyDigest: Boolean(s.weeklyDigest),
    hasPhoto: Boolean(s.photo),
    /** Some admin user chose this profile as theirs (GET|PUT /api/staff/me). */
    claimed: Boolean(s.shopifyUserId),
    photoUrl: s.photo
      ? `/api/staff/${id}/photo?v=${s.photo.etag.replace(/"/g, '').slice(0, 12)}`
      : null,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    ...(stats ? {stats} : {}),
  };
}

export type StaffJson = ReturnType<typeof toStaffJson>;
