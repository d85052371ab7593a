import {z} from 'zod';
import {plainText} from './plain-text';

/** The longest drawn signature accepted: a few hundred points is plenty for a name. */
export const MAX_SVG_PATH_LENGTH = 20_000;

const NUM = String.raw`-?\d{1,6}(?:\.\d{1,4})?`;
/**
 * Absolute M, L, Q and C commands with numbers, separated by spaces or commas, and nothing else:
 * a drawn signature is rendered as `<path d=…>`, so it can never carry markup or script.
 * (Separators are required between numbers, which keeps the match linear on long input.)
 */
const SVG_PATH = new RegExp(String.raw`^\s*(?:[MLQC]\s*${NUM}(?:[\s,]+${NUM})*\s*)+$`);
const ARITY: Record<string, number> = {M: 2, L: 2, Q: 4, C: 6};

/** True when every command has whole sets of coordinates and the path starts with a move. */
export function isDrawnPath(d: string): boolean {
  if (d.length > MAX_SVG_PATH_LENGTH || !SVG_PATH.test(d)) return false;
  const commands = d.trim().match(/[MLQC][^MLQC]*/g) ?? [];
  if (commands[0]?.[0] !== 'M') return false;
  return commands.every((c) => {
    const count = c
      .slice(1)
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean).length;
    return count > 0 && count % ARITY[c[0]!]! === 0;
  });
}

export const signatureSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('typed'),
    text: z.string().trim().min(1, 'type the signature').max(60, 'at most 60 characters'),
  }),
  z.strictObject({
    type: z.literal('drawn'),
    svgPath: z
      .string()
      .max(MAX_SVG_PATH_LENGTH)
      .refine(isDrawnPath, 'a drawn path: M, L, Q and C commands with numbers only'),
  }),
]);

const CAPACITY = 'whole minutes from 0 to 960 (16 hours)';
const fields = {
  name: plainText(80, 'a name is required'),
  /** A short description such as "Packing lead". */
  role: plainText(60).nullable(),
  replyToEmail: z.email('an email address such as sam@example.com').max(200).nullable(),
  /** Minutes a day this person can give to touches (16 hours at most). */
  dailyCapacityMinutes: z.number(CAPACITY).int(CAPACITY).min(0, CAPACITY).max(960, CAPACITY),
  active: z.boolean(),
  signature: signatureSchema.nullable(),
  /** The weekly digest email, to `replyToEmail` (which it then needs). */
  weeklyDigest: z.boolean(),
};

/** A new staff profile as the panel sends it. */
export const staffCreateSchema = z.strictObject({
  name: fields.name,
  role: fields.role.default(null),
  replyToEmail: fields.replyToEmail.default(null),
  dailyCapacityMinutes: fields.dailyCapacityMinutes.default(30),
  active: fields.active.default(true),
  signature: fields.signature.default(null),
  weeklyDigest: fields.weeklyDigest.default(false),
});

/** A change to a profile: any of the fields, none unknown. */
export const staffPatchSchema = z.strictObject({
  name: fields.name.optional(),
  role: fields.role.optional(),
  replyToEmail: fields.replyToEmail.optional(),
  dailyCapacityMinutes: fields.dailyCapacityMinutes.optional(),
  active: fields.active.optional(),
  signature: fields.signature.optional(),
  weeklyDigest: fields.weeklyDigest.optional(),
});

export type StaffInput = z.infer<typeof staffCreateSchema>;
export type StaffPatch = z.infer<typeof staffPatchSchema>;
