/** Typed in the handwriting font, or drawn on the pad (an SVG path `d` of M, L, Q and C commands). */
export type Signature = {type: 'typed'; text: string} | {type: 'drawn'; svgPath: string};

/** Done touches assigned to (or marked done by) the person, in the shop's week and day. */
export interface StaffStats {
  doneThisWeek: number;
  doneToday: number;
}

/** A staff profile as GET /api/staff lists it. */
export interface StaffProfile {
  id: string;
  name: string;
  role: string | null;
  replyToEmail: string | null;
  /** Minutes a day this person can give to touches (0–960). */
  dailyCapacityMinutes: number;
  active: boolean;
  signature: Signature | null;
  /** Gets the weekly digest email at `replyToEmail`. */
  weeklyDigest: boolean;
  hasPhoto: boolean;
  /** Changes whenever the photo does; fetched with the session token (see usePhoto). */
  photoUrl: string | null;
  createdAt: string;
  updatedAt: string;
  /** Present in the list; single-profile answers leave it out. */
  stats?: StaffStats;
}

/** The body of POST /api/staff (PATCH takes any part of it). */
export interface StaffInput {
  name: string;
  role: string | null;
  replyToEmail: string | null;
  dailyCapacityMinutes: number;
  active: boolean;
  signature: Signature | null;
  weeklyDigest: boolean;
}

/** The image types and size the server takes for a photo. */
export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const PHOTO_LIMIT_BYTES = 2 * 1024 * 1024;
/** The drawn signature's coordinate space (the note preview and the printed label use the same). */
export const PAD_WIDTH = 300;
export const PAD_HEIGHT = 100;
export const MAX_SVG_PATH_LENGTH = 20_000;
