import {z} from 'zod';
import {ERROR_CODE_LIST} from '../errors';
import {MEDIA, STAGES, TOUCH_KINDS, TOUCH_STATUSES} from '../kinds';

const iso = z.string().describe('ISO 8601 date-time');
const gid = (type: string) => z.string().describe(`Admin GraphQL id, gid://shopify/${type}/…`);

/** `{ "error": { "code", "message", "fields"? } }`: the body of every refusal. */
export const errorBodySchema = z.object({
  error: z.looseObject({
    code: z.enum(ERROR_CODE_LIST as [string, ...string[]]),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export const stageRecordSchema = z.object({
  stage: z.enum(STAGES),
  at: iso,
  /** The person's name; null when unknown. */
  by: z.string().nullable(),
  staffId: z.string().nullable(),
});

/** A touch as the API shows it (GET /api/touches and every answer that returns one). */
export const touchSchema = z.object({
  id: z.string(),
  orderId: gid('Order'),
  orderName: z.string(),
  /** The order's position in the shop's count; null for a touch given by hand. */
  sequence: z.number().int().nullable(),
  kind: z.enum(TOUCH_KINDS),
  status: z.enum(TOUCH_STATUSES),
  ruleId: z.string().nullable(),
  assignee: z.string().nullable().describe('A staff id'),
  createdAt: iso,
  dueAt: iso.describe("Before the parcel ships: the order's time plus the dispatch window"),
  customer: z.object({id: gid('Customer'), displayName: z.string().nullable()}).nullable(),
  orderCreatedAt: iso,
  note: z.string().nullable(),
  doneBy: z.string().nullable(),
  doneAt: iso.nullable(),
  printedAt: iso.nullable(),
  printCount: z.number().int(),
  stage: z.enum(STAGES).nullable().describe('The last stage reached; null: not started'),
  stages: z.array(stageRecordSchema),
  medium: z.enum(MEDIA).optional().describe('Cards and sticker notes: pen or printed'),
  request: z
    .string()
    .nullable()
    .describe('What the order note asks of the parcel (gift wrap…), for the packer'),
  skipReason: z.string().nullable().optional().describe('Set when skipped'),
});

export const touchPageSchema = z.object({
  touches: z.array(touchSchema),
  nextCursor: z.string().nullable(),
});

const summaryCounts = {
  open: z.number().int(),
  dueToday: z.number().int().describe("Open and due by the end of the shop's today"),
  overdue: z.number().int(),
  doneToday: z.number().int(),
  skippedToday: z.number().int(),
};

/** GET /api/summary */
export const summarySchema = z.object({
  day: z.string(),
  timezone: z.string(),
  ...summaryCounts,
  byKind: z.array(z.object({kind: z.enum(TOUCH_KINDS), ...summaryCounts})),
  capacity: z.object({
    activeStaff: z.number().int(),
    minutesAvailable: z.number(),
    minutesDue: z.number(),
    minutesPerTouch: z.record(z.enum(TOUCH_KINDS), z.number()),
  }),
});

const signatureJson = z.union([
  z.object({type: z.literal('typed'), text: z.string()}),
  z.object({type: z.literal('drawn'), svgPath: z.string()}),
]);

/** A staff profile as the API shows it. */
export const staffMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  replyToEmail: z.string().nullable(),
  dailyCapacityMinutes: z.number().int(),
  active: z.boolean(),
  signature: signatureJson.nullable(),
  weeklyDigest: z.boolean().describe('Gets the weekly digest email at replyToEmail'),
  hasPhoto: z.boolean(),
  /** Some admin user chose this profile as theirs (GET|PUT /api/staff/me). */
  claimed: z.boolean(),
  photoUrl: z.string().nullable().describe('Changes with the photo, so caches never go stale'),
  createdAt: iso,
  updatedAt: iso,
  stats: z.object({doneThisWeek: z.number().int(), doneToday: z.number().int()}).optional(),
});

/** A Shopify gift card issued for a touch; the full code is never part of it. */
export const giftCardSchema = z.object({
  id: gid('GiftCard').nullable().describe('null while Shopify is still issuing it'),
  lastCharacters: z.string(),
  amount: z.string().describe('A decimal string, as Shopify gives money: "10.00"'),
  currency: z.string(),
  expiresOn: z.string().nullable().describe('ISO date; null when the card never expires'),
  issuedAt: iso.nullable(),
  issuedBy: z.string().nullable(),
  codeKept: z.boolean().describe('The full code is still held sealed, for the email or card'),
});

/** POST /api/touches/:id/gift-card → 201: the only answer that ever carries the full code. */
export const issuedGiftCardSchema = z.object({giftCard: giftCardSchema, code: z.string()});

export type TouchJson = z.infer<typeof touchSchema>;
export type TouchPageJson = z.infer<typeof touchPageSchema>;
export type StageRecordJson = z.infer<typeof stageRecordSchema>;
export type SummaryJson = z.infer<typeof summarySchema>;
export type StaffMemberJson = z.infer<typeof staffMemberSchema>;
export type GiftCardJson = z.infer<typeof giftCardSchema>;
export type IssuedGiftCardJson = z.infer<typeof issuedGiftCardSchema>;
export type ErrorBodyJson = z.infer<typeof errorBodySchema>;
