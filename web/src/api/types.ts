/** The touch kinds and statuses, and the error codes, of the shared contract. */
import type {EmailState, TouchKind, TouchStatus} from '@human-touch/contract';

export type {EmailState, ErrorCode, TouchKind, TouchStatus} from '@human-touch/contract';

export interface Touch {
  id: string;
  orderId: string;
  orderName: string;
  sequence: number | null;
  kind: TouchKind;
  status: TouchStatus;
  ruleId: string | null;
  assignee: string | null;
  createdAt: string;
  /** Before the parcel ships: the order's time plus the shop's dispatch window. */
  dueAt: string;
  orderCreatedAt: string;
  customer: {id: string; displayName: string | null} | null;
  note: string | null;
  doneBy: string | null;
  doneAt: string | null;
  /** When its sticker was last printed (null: never), and how many times. */
  printedAt: string | null;
  printCount: number;
  skipReason?: string | null;
  /** The last stage reached (prepared, packed, written, sent, logged, answered), null: not started. */
  stage?: string | null;
  /** Each stage reached: when and by whom (the person's name, null when unknown). */
  stages?: {stage: string; at: string; by: string | null; staffId: string | null}[];
  /** Cards and sticker notes: written by hand (pen) or printed in the handwriting font (print). */
  medium?: 'pen' | 'print';
  /** What the order note asks of the parcel ("gift wrap, please"), for the packer. */
  request?: string | null;
}

export interface TouchPage {
  touches: Touch[];
  nextCursor: string | null;
}

export interface SummaryCounts {
  open: number;
  /** Open and due by the end of the shop's today, overdue included. */
  dueToday: number;
  overdue: number;
  doneToday: number;
  skippedToday: number;
}

/** GET /api/summary */
export interface Summary extends SummaryCounts {
  day: string;
  timezone: string;
  /** Box touches that missed their parcel: the order shipped before they were packed. */
  missedShipped: {today: number; last30Days: number};
  byKind: (SummaryCounts & {kind: TouchKind})[];
  capacity: {
    activeStaff: number;
    minutesAvailable: number;
    minutesDue: number;
    minutesPerTouch: Record<TouchKind, number>;
  };
}

/** The part of a staff profile the queue needs (GET /api/staff). */
export interface StaffMember {
  id: string;
  name: string;
  active: boolean;
  role?: string | null;
  /** Typed in the handwriting font, or drawn (an SVG path). */
  signature?: {type: 'typed'; text: string} | {type: 'drawn'; svgPath: string} | null;
}

export const MANUAL_SKIP_REASONS = {
  customer_asked: 'The customer asked us not to',
  not_appropriate: 'Not appropriate for this order',
  out_of_stock: 'Out of stock (gift or card)',
  duplicate: 'Duplicate of another touch',
  other: 'Other',
} as const;
export type ManualSkipReason = keyof typeof MANUAL_SKIP_REASONS;

/** A Shopify gift card issued for a touch; the full code is never part of it (only the issue response carries it, once). */
export interface GiftCard {
  id: string;
  lastCharacters: string;
  /** A decimal string, as Shopify gives money: "10.00". */
  amount: string;
  currency: string;
  /** ISO date; null when the card never expires. */
  expiresOn: string | null;
  issuedAt: string;
  issuedBy: string | null;
  /** The full code is still held sealed, for the email or the printed card. */
  codeKept: boolean;
}

/** POST /api/touches/:id/gift-card → 201: the only answer that ever carries the full code. */
export interface IssuedGiftCard {
  giftCard: GiftCard;
  code: string;
}

/** The touch's personal email, once it has been handed to the sender. */
export interface TouchEmail {
  state: EmailState;
  subject: string;
  includeGiftCard: boolean;
  queuedAt: string;
  sentAt: string | null;
  failedReason: string | null;
  attempts: number;
  /** The staff member who sent it (a staff id). */
  sentBy: string | null;
}

/** Whether the server would send an email for this touch now, and if not, why (no email, no consent, no assignee…). */
export interface EmailCheck {
  canSend: boolean;
  reason: string | null;
}

/** What the writer composes: POST /api/touches/:id/email and …/email/preview. */
export interface EmailDraft {
  subject: string;
  body: string;
  includeGiftCard: boolean;
}

/** POST /api/touches/:id/email/preview: the message as the customer would get it (gift code masked). */
export interface EmailPreview {
  from: string;
  replyTo: string | null;
  subject: string;
  text: string;
  /** A whole HTML document, images inlined as data: URLs. */
  html: string;
}

/** GET /api/dev/outbox (local mode only): what the local SMTP server received, newest first. */
export interface OutboxSummary {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  size: number;
}

/** GET /api/dev/outbox/:id: one received message, cid: images already replaced by data: URLs. */
export interface OutboxMessage {
  id: string;
  receivedAt: string;
  from: string;
  replyTo: string | null;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: {filename: string; contentType: string; cid: string | null; size: number}[];
}
