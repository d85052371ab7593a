import {z} from 'zod';
import type {ErrorCode} from '../errors';
import {EMAIL_STATES, TOUCH_KINDS} from '../kinds';
import {ruleSchema} from '../schemas/rule';
import {staffCreateSchema, staffPatchSchema} from '../schemas/staff';
import {bulkSchema, listQuerySchema, manualTouchSchema, touchPatchSchema} from '../schemas/touches';
import {
  giftCardSchema,
  issuedGiftCardSchema,
  staffMemberSchema,
  summarySchema,
  touchPageSchema,
  touchSchema,
} from '../schemas/responses';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** Who may call: the panel's session token, Shopify's webhook HMAC, a signed link, anyone. */
export type Auth = 'session' | 'webhook_hmac' | 'signed_link' | 'none';

export interface RouteDoc {
  method: Method;
  /** Express style (`/api/touches/:id`). */
  path: string;
  tag: string;
  summary: string;
  auth: Auth;
  query?: z.ZodType;
  /** A JSON body, or the content type of a raw one. */
  body?: z.ZodType | {contentType: string; description: string};
  response: {status: number; description: string; schema?: z.ZodType; contentType?: string};
  /** Codes beyond the common ones (bad_request, validation_failed, unauthorized, not_found). */
  errors?: ErrorCode[];
}

const emailSchema = z.object({
  state: z.enum(EMAIL_STATES),
  subject: z.string(),
  includeGiftCard: z.boolean(),
  queuedAt: z.string(),
  sentAt: z.string().nullable(),
  failedReason: z.string().nullable(),
  attempts: z.number().int(),
  sentBy: z.string().nullable(),
});

const json = (schema: z.ZodType, description: string, status = 200) => ({
  status,
  description,
  schema,
});
const pdf = (description: string) => ({status: 200, description, contentType: 'application/pdf'});
const open = z.looseObject({});

/**
 * Every route the app serves. The OpenAPI document (docs/openapi.json, `npm run openapi`) is
 * generated from this table, and a test compares it with the routes Express really has.
 * docs/API.md has the longer prose of each.
 */
export const ROUTES: RouteDoc[] = [
  // Probes
  {
    method: 'get',
    path: '/healthz',
    tag: 'probes',
    summary: 'The process is up',
    auth: 'none',
    response: json(z.object({ok: z.literal(true)}), 'Up'),
  },
  {
    method: 'get',
    path: '/readyz',
    tag: 'probes',
    summary: 'The database answers a ping',
    auth: 'none',
    response: json(z.object({ok: z.literal(true), database: z.literal('up')}), 'Ready'),
    errors: ['not_ready'],
  },
  {
    method: 'get',
    path: '/metrics',
    tag: 'probes',
    summary: 'Prometheus metrics: request latency per route, webhooks, orders counted, jobs',
    auth: 'none',
    response: {status: 200, description: 'Prometheus text format', contentType: 'text/plain'},
  },
  {
    method: 'get',
    path: '/',
    tag: 'panel',
    summary: 'The embedded panel (index.html), or a status page when the panel is not built',
    auth: 'none',
    response: {status: 200, description: 'HTML', contentType: 'text/html'},
  },
  // Webhooks
  {
    method: 'post',
    path: '/api/webhooks',
    tag: 'webhooks',
    summary:
      'Every webhook topic; 2xx only after the event is durably stored and processed (exactly once)',
    auth: 'webhook_hmac',
    body: {contentType: 'application/json', description: 'The topic payload, HMAC over raw bytes'},
    response: json(
      z.object({ok: z.boolean(), outcome: z.enum(['processed', 'duplicate', 'ignored'])}),
      'Stored and processed',
    ),
    errors: ['payload_too_large', 'unavailable'],
  },
  // Touches
  {
    method: 'get',
    path: '/api/touches',
    tag: 'touches',
    summary: 'The working set of touches (or the history), filtered, sorted and paged',
    auth: 'session',
    query: listQuerySchema,
    response: json(touchPageSchema, 'A page of touches'),
  },
  {
    method: 'post',
    path: '/api/touches',
    tag: 'touches',
    summary: 'Give an order a human touch by hand (one per order and kind)',
    auth: 'session',
    body: manualTouchSchema,
    response: json(z.object({touch: touchSchema}), 'The new touch', 201),
    errors: ['conflict'],
  },
  {
    method: 'get',
    path: '/api/touches/:id',
    tag: 'touches',
    summary: 'A touch with its order, customer context, box-mates, gift card, email and notes',
    auth: 'session',
    response: json(
      z.looseObject({
        touch: touchSchema,
        order: open,
        customer: open.nullable(),
        alsoOnThisOrder: z.array(touchSchema),
        recentShopNotes: z.array(z.string()),
        giftCard: giftCardSchema.nullable(),
        email: emailSchema.nullable(),
        emailCheck: z.object({canSend: z.boolean(), reason: z.string().nullable()}),
      }),
      'The touch and its context',
    ),
  },
  {
    method: 'patch',
    path: '/api/touches/:id',
    tag: 'touches',
    summary: 'Write the note, assign, reach a stage, finish or skip (with a reason)',
    auth: 'session',
    body: touchPatchSchema,
    response: json(z.object({touch: touchSchema}), 'The touch after the change'),
    errors: ['conflict'],
  },
  {
    method: 'post',
    path: '/api/touches/bulk',
    tag: 'touches',
    summary: 'Assign, finish, skip or pack up to 200 touches',
    auth: 'session',
    body: bulkSchema,
    response: json(
      z.object({matched: z.number().int(), modified: z.number().int()}),
      'How many matched the shop and how many changed',
    ),
  },
  {
    method: 'get',
    path: '/api/orders/:orderId/touches',
    tag: 'touches',
    summary: "An order's touches (Admin GID or numeric id), for the order page's block",
    auth: 'session',
    response: json(
      z.object({
        touches: z.array(touchSchema.extend({manual: z.boolean(), archived: z.boolean()})),
      }),
      'Oldest first',
    ),
  },
  {
    method: 'get',
    path: '/api/summary',
    tag: 'touches',
    summary: "Today's counts in the shop's time zone, per kind, and the team's capacity",
    auth: 'session',
    response: json(summarySchema, 'The summary'),
  },
  {
    method: 'get',
    path: '/api/exports/touches.csv',
    tag: 'insights',
    summary: 'Every touch and its outcome as CSV (personal data only when the shop allows it)',
    auth: 'session',
    response: {status: 200, description: 'Streamed CSV', contentType: 'text/csv'},
  },
  {
    method: 'post',
    path: '/api/reconcile',
    tag: 'orders',
    summary: "Queue a reconciliation of the shop's recent orders through the Admin API now",
    auth: 'session',
    response: json(z.object({queued: z.literal(true)}), 'Queued', 202),
  },
  // Rules
  {
    method: 'get',
    path: '/api/rules',
    tag: 'rules',
    summary: 'The cadence rules, highest priority first',
    auth: 'session',
    response: json(z.object({rules: z.array(open)}), 'The rules'),
  },
  {
    method: 'post',
    path: '/api/rules',
    tag: 'rules',
    summary: 'Add a cadence rule',
    auth: 'session',
    body: ruleSchema,
    response: json(z.object({rule: open}), 'The new rule', 201),
  },
  {
    method: 'patch',
    path: '/api/rules/:id',
    tag: 'rules',
    summary: 'Change a rule (validated as the whole rule after the change)',
    auth: 'session',
    response: json(z.object({rule: open}), 'The rule after the change'),
  },
  {
    method: 'delete',
    path: '/api/rules/:id',
    tag: 'rules',
    summary: 'Delete a rule',
    auth: 'session',
    response: {status: 204, description: 'Deleted'},
  },
  {
    method: 'post',
    path: '/api/rules/reorder',
    tag: 'rules',
    summary: 'Every rule id once, highest priority first; priorities rewritten to match',
    auth: 'session',
    response: json(z.object({rules: z.array(open)}), 'The rules in the new order'),
  },
  {
    method: 'post',
    path: '/api/rules/simulate',
    tag: 'rules',
    summary: "Replay the shop's recent orders (or a what-if volume) through an unsaved rule set",
    auth: 'session',
    response: json(
      z.looseObject({
        basis: z.enum(['recent_orders', 'what_if']),
        days: z.number().int(),
        ordersPerDay: z.number(),
        touchesPerDay: z.partialRecord(z.enum(TOUCH_KINDS), z.number()),
        skippedPerDay: z.number(),
        staffMinutesPerDay: z.number(),
        giftSpendPerDay: z.number(),
      }),
      'Touches, minutes and gift spend per day',
    ),
  },
  // Settings
  {
    method: 'get',
    path: '/api/settings',
    tag: 'settings',
    summary: "The shop's settings: cadence, queue, gifts, stickers, holdout, sender, exports",
    auth: 'session',
    response: json(z.object({settings: open}), 'The settings'),
  },
  {
    method: 'patch',
    path: '/api/settings',
    tag: 'settings',
    summary: 'Change the settings it names',
    auth: 'session',
    response: json(z.object({settings: open}), 'The settings after the change'),
  },
  // Staff
  {
    method: 'get',
    path: '/api/staff',
    tag: 'staff',
    summary: "The shop's staff profiles, active first, with this week's counts",
    auth: 'session',
    response: json(z.object({staff: z.array(staffMemberSchema)}), 'The profiles'),
  },
  {
    method: 'post',
    path: '/api/staff',
    tag: 'staff',
    summary: 'Add a staff profile (500 at most)',
    auth: 'session',
    body: staffCreateSchema,
    response: json(z.object({staff: staffMemberSchema}), 'The new profile', 201),
    errors: ['conflict'],
  },
  {
    method: 'patch',
    path: '/api/staff/:id',
    tag: 'staff',
    summary: 'Change a profile',
    auth: 'session',
    body: staffPatchSchema,
    response: json(z.object({staff: staffMemberSchema}), 'The profile after the change'),
  },
  {
    method: 'delete',
    path: '/api/staff/:id',
    tag: 'staff',
    summary: "Delete a profile, its photo, and unassign the person's touches",
    auth: 'session',
    response: {status: 204, description: 'Deleted'},
  },
  {
    method: 'get',
    path: '/api/staff/me',
    tag: 'staff',
    summary: "The session user's own profile, or null",
    auth: 'session',
    response: json(z.object({staff: staffMemberSchema.nullable()}), 'The profile or null'),
  },
  {
    method: 'put',
    path: '/api/staff/me',
    tag: 'staff',
    summary: 'Choose which profile is the session user (once; taken by another user → 409)',
    auth: 'session',
    response: json(z.object({staff: staffMemberSchema}), 'The chosen profile'),
    errors: ['conflict'],
  },
  {
    method: 'get',
    path: '/api/staff/:id/photo',
    tag: 'staff',
    summary: "A person's photo, with an ETag (304 on If-None-Match)",
    auth: 'session',
    response: {status: 200, description: 'The image bytes', contentType: 'image/*'},
  },
  {
    method: 'put',
    path: '/api/staff/:id/photo',
    tag: 'staff',
    summary: "Upload a person's photo: PNG, JPEG or WebP, at most 2 MB",
    auth: 'session',
    body: {contentType: 'image/*', description: 'The raw image; the bytes must match the type'},
    response: json(
      z.object({
        photo: z.object({
          contentType: z.string(),
          size: z.number().int(),
          etag: z.string(),
          updatedAt: z.string(),
        }),
      }),
      'Stored',
    ),
    errors: ['payload_too_large', 'unsupported_media_type'],
  },
  {
    method: 'delete',
    path: '/api/staff/:id/photo',
    tag: 'staff',
    summary: "Remove a person's photo",
    auth: 'session',
    response: {status: 204, description: 'Removed'},
  },
  // Gift cards and email
  {
    method: 'post',
    path: '/api/touches/:id/gift-card',
    tag: 'gift cards',
    summary: "Issue the touch's Shopify gift card; the only answer that carries the full code",
    auth: 'session',
    response: json(issuedGiftCardSchema, 'Issued (Cache-Control: no-store)', 201),
    errors: [
      'gift_card_exists',
      'gift_card_pending',
      'gift_budget_exceeded',
      'shopify_user_error',
      'shopify_throttled',
      'shopify_unreachable',
    ],
  },
  {
    method: 'post',
    path: '/api/touches/:id/email/preview',
    tag: 'email',
    summary: 'The personal email as the customer will get it (code masked)',
    auth: 'session',
    response: json(
      z.object({
        from: z.string(),
        replyTo: z.string().nullable(),
        subject: z.string(),
        text: z.string(),
        html: z.string(),
      }),
      'The rendered email',
    ),
    errors: ['cannot_email', 'needs_gift_card'],
  },
  {
    method: 'post',
    path: '/api/touches/:id/email',
    tag: 'email',
    summary: 'Queue the personal email, sent as the assignee by a job (retried with backoff)',
    auth: 'session',
    response: json(z.object({email: emailSchema}), 'Queued', 202),
    errors: ['email_exists', 'not_human', 'needs_gift_card', 'cannot_email'],
  },
  {
    method: 'get',
    path: '/api/dev/outbox',
    tag: 'email',
    summary: "Local mode only: the local SMTP server's messages, newest first",
    auth: 'session',
    response: json(z.object({messages: z.array(open)}), 'The messages'),
  },
  {
    method: 'get',
    path: '/api/dev/outbox/:id',
    tag: 'email',
    summary: 'Local mode only: one received message, parsed, images inlined',
    auth: 'session',
    response: json(open, 'The message'),
  },
  // Printing
  {
    method: 'post',
    path: '/api/print/stickers',
    tag: 'printing',
    summary: 'Sticker sheets (PDF) for touches or orders; marks them printed',
    auth: 'session',
    response: pdf('Streamed PDF; X-Printed-Count, X-Skipped-Already-Printed'),
    errors: ['already_printed', 'not_printable', 'nothing_to_print'],
  },
  {
    method: 'post',
    path: '/api/print/fit',
    tag: 'printing',
    summary: "Whether a note fits the stock's label, as the printer will set it",
    auth: 'session',
    response: json(open, 'The fit'),
  },
  {
    method: 'get',
    path: '/api/print/test-sheet',
    tag: 'printing',
    summary: 'A calibration sheet (PDF) with every label outlined where the offset puts it',
    auth: 'session',
    response: pdf('The calibration sheet'),
  },
  {
    method: 'get',
    path: '/api/print/stocks',
    tag: 'printing',
    summary:
      "The label stocks, the shop's own, and the first free label of the sheet in the printer",
    auth: 'session',
    response: json(
      z.object({
        stocks: z.array(open),
        labelStock: z.string(),
        nextLabel: z.object({stock: z.string(), position: z.number().int()}).nullable(),
      }),
      'The stocks',
    ),
  },
  {
    method: 'put',
    path: '/api/print/next-label',
    tag: 'printing',
    summary: 'Set the first free label of the sheet left in the printer (kept per shop)',
    auth: 'session',
    body: z.object({stock: z.string(), position: z.number().int().min(1)}),
    response: json(
      z.object({nextLabel: z.object({stock: z.string(), position: z.number().int()})}),
      'The next label',
    ),
  },
  {
    method: 'get',
    path: '/api/print/write-list',
    tag: 'printing',
    summary:
      'The write list (PDF): the cards and labels to write by pen, with what the writer needs',
    auth: 'session',
    query: z.object({assignee: z.string().optional().describe("One writer's cards (a staff id)")}),
    response: pdf('The write list'),
  },
  {
    method: 'get',
    path: '/api/print/queue',
    tag: 'printing',
    summary: "The packing bench's queue, grouped by order in the shop's sequence",
    auth: 'session',
    response: json(open, 'A page of orders and their stickers'),
  },
  {
    method: 'post',
    path: '/api/print/links',
    tag: 'printing',
    summary: "A signed link (5 minutes) to orders' stickers, for the admin print actions",
    auth: 'session',
    response: json(z.object({url: z.string(), expiresAt: z.string()}), 'The link', 201),
    errors: ['not_printable', 'nothing_to_print'],
  },
  {
    method: 'get',
    path: '/print/links/:token',
    tag: 'printing',
    summary: "A signed link's stickers (PDF); the token is its own credential",
    auth: 'signed_link',
    response: pdf('The stickers'),
    errors: ['forbidden'],
  },
  // Insights
  {
    method: 'get',
    path: '/api/insights',
    tag: 'insights',
    summary: 'Whether touches pay off: the pooled comparison, its holdout check, arms and groups',
    auth: 'session',
    response: json(open, 'The comparison'),
  },
  {
    method: 'get',
    path: '/api/insights/team',
    tag: 'insights',
    summary:
      "Touches done per week per person, in the shop's time zone, and what followed each person's touches",
    auth: 'session',
    response: json(open, 'Weeks, counts and outcomes (carriedOut, returned, touches)'),
  },
  {
    method: 'get',
    path: '/api/privacy/requests',
    tag: 'privacy',
    summary: "The shop's customers/data_requests, newest first, and how many wait to be downloaded",
    auth: 'session',
    response: json(
      z.object({
        requests: z.array(
          z.object({
            id: z.string(),
            customerId: z.string().nullable(),
            dataRequestId: z.string().nullable(),
            ordersRequested: z.array(z.string()),
            receivedAt: z.string(),
            status: z.enum(['preparing', 'ready', 'failed', 'redacted']),
            readyAt: z.string().nullable(),
            downloadedAt: z.string().nullable(),
            download: z.string().nullable(),
          }),
        ),
        waiting: z.number().int(),
      }),
      'The requests',
    ),
  },
  {
    method: 'get',
    path: '/api/privacy/requests/:id/download',
    tag: 'privacy',
    summary: 'What the app holds for the customer of a data request, as a JSON file',
    auth: 'session',
    response: json(open, 'The request and the data (an attachment)'),
    errors: ['conflict', 'redacted'],
  },
  {
    method: 'get',
    path: '/api/shop',
    tag: 'settings',
    summary:
      'The shop as Shopify has it: its name, currency (every amount in the panel) and time zone',
    auth: 'session',
    response: json(
      z.object({
        shop: z.object({
          domain: z.string(),
          name: z.string(),
          currency: z.string(),
          timezone: z.string(),
        }),
      }),
      'The shop',
    ),
  },
  {
    method: 'get',
    path: '/api/insights/questions',
    tag: 'insights',
    summary: 'Questions from order notes, grouped by product and wording, with the answers given',
    auth: 'session',
    query: z.object({days: z.enum(['30', '90']).optional().describe('Default 30')}),
    response: json(
      z.object({
        days: z.number().int(),
        since: z.string(),
        questions: z.number().int(),
        groups: z.array(
          z.object({
            product: z
              .object({
                gid: z.string().nullable(),
                title: z.string(),
                adminUrl: z.string().nullable(),
              })
              .nullable(),
            question: z.string(),
            count: z.number().int(),
            orders: z.array(
              z.object({
                orderGid: z.string(),
                orderName: z.string(),
                askedAt: z.string(),
                adminUrl: z.string().nullable(),
              }),
            ),
            answers: z.array(
              z.object({
                orderName: z.string(),
                text: z.string(),
                by: z.string().nullable(),
                at: z.string().nullable(),
              }),
            ),
          }),
        ),
      }),
      'The question groups, the most asked first',
    ),
  },
  {
    method: 'post',
    path: '/api/staff/:id/digest',
    tag: 'staff',
    summary: "Send that person the last seven days' digest now (a sample), even if quiet",
    auth: 'session',
    body: z.object({}),
    response: json(
      z.object({queued: z.literal(true), from: z.string(), to: z.string()}),
      'Queued for the worker',
      202,
    ),
  },
];

/** `GET /api/touches/:id` as the table keys it. */
export const routeKey = (r: {method: string; path: string}) =>
  `${r.method.toUpperCase()} ${r.path}`;
