import {z} from 'zod';
import {
  MANUAL_SKIP_REASONS,
  MEDIA,
  STAGES,
  TOUCH_KINDS,
  TOUCH_STATUSES,
  WORDS_KINDS,
} from '../kinds';

const GID = /^gid:\/\/shopify\/Order\/([1-9]\d{0,19})$/;
const NUMERIC = /^[1-9]\d{0,19}$/;

/** An order id as the admin extensions hand it over: the Admin GID, or its numeric id. */
export const orderIdSchema = z
  .string()
  .trim()
  .refine(
    (v) => GID.test(v) || NUMERIC.test(v),
    'an order id such as gid://shopify/Order/450789469 or 450789469',
  )
  .transform((v) => (NUMERIC.test(v) ? `gid://shopify/Order/${v}` : v));

const day = z.union([z.iso.date(), z.iso.datetime({offset: true})]).transform((v) => new Date(v));

export const listQuerySchema = z
  .strictObject({
    status: z.enum(TOUCH_STATUSES).optional(),
    kind: z.enum(TOUCH_KINDS).optional(),
    /** A staff id, or `unassigned`. */
    assignee: z.string().min(1).max(200).optional(),
    /** Due on or after `from`, before `to` (dates are UTC midnights; pass times for the shop's day). */
    from: day.optional(),
    to: day.optional(),
    /** Order name or customer name contains this (case-insensitive). */
    q: z.string().trim().min(1).max(100).optional(),
    sort: z.enum(['due', 'newest', 'oldest']).default('newest'),
    /** `true`: the history (finished touches older than the working set). */
    archived: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, {message: 'must be after from', path: ['to']});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** PATCH /api/touches/:id — a person's edit of one touch. */
const skip = z.enum(MANUAL_SKIP_REASONS);

export const touchPatchSchema = z
  .strictObject({
    note: z.string().max(2000).nullable().optional(),
    assignee: z.string().trim().min(1).max(200).nullable().optional(),
    status: z.enum(['open', 'done', 'skipped']).optional(),
    skipReason: skip.optional(),
    /** A stage of the touch's kind reached (docs/STAGES.md), e.g. `packed` from the bench. */
    stage: z.enum(STAGES).optional(),
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
    /**
     * done: each touch's own next stage (a box touch: prepared); pack: box touches packed;
     * reopen: back to open with no stage recorded (the panel's Undo of a "Mark done").
     */
    action: z.enum(['assign', 'done', 'skip', 'pack', 'reopen']),
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

/** POST /api/touches — a touch given by hand (the order page's action). */
export const manualTouchSchema = z
  .strictObject({
    orderId: orderIdSchema,
    kind: z.enum(TOUCH_KINDS),
    assignee: z
      .string()
      .regex(/^[0-9a-f]{24}$/, 'a staff id')
      .nullable()
      .optional(),
    note: z.string().max(2000).nullable().optional(),
    /** Cards and sticker notes: by hand (`pen`) or printed; unset, a card is written and a sticker note printed. */
    medium: z.enum(MEDIA).optional(),
  })
  .refine((t) => t.medium === undefined || (WORDS_KINDS as readonly string[]).includes(t.kind), {
    message: 'only handwritten cards and sticker notes are written with a pen or printed',
    path: ['medium'],
  });

export type ManualTouchInput = z.infer<typeof manualTouchSchema>;
