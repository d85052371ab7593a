/** The touch kinds and statuses of the public contract (README "Public contract"). */
export type TouchKind =
  | 'team_photo' | 'handwritten_card' | 'personal_email' | 'gift_card'
  | 'free_gift' | 'sticker_note' | 'phone_call' | 'answer_question';
export type TouchStatus = 'open' | 'done' | 'skipped' | 'held_out';

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
  customer: { id: string; displayName: string | null } | null;
  note: string | null;
  doneBy: string | null;
  doneAt: string | null;
  /** When its sticker was last printed (null: never), and how many times. */
  printedAt: string | null;
  printCount: number;
  skipReason?: string | null;
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
  byKind: (SummaryCounts & { kind: TouchKind })[];
  capacity: { activeStaff: number; minutesAvailable: number; minutesDue: number; minutesPerTouch: Record<TouchKind, number> };
}

/** The part of a staff profile the queue needs (GET /api/staff). */
export interface StaffMember {
  id: string;
  name: string;
  active: boolean;
  role?: string | null;
  /** Typed in the handwriting font, or drawn (an SVG path). */
  signature?: { type: 'typed'; text: string } | { type: 'drawn'; svgPath: string } | null;
}

export const MANUAL_SKIP_REASONS = {
  customer_asked: 'The customer asked us not to',
  not_appropriate: 'Not appropriate for this order',
  out_of_stock: 'Out of stock (gift or card)',
  duplicate: 'Duplicate of another touch',
  other: 'Other',
} as const;
export type ManualSkipReason = keyof typeof MANUAL_SKIP_REASONS;
