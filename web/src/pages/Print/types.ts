import type {Touch, TouchKind} from '../../api/types';

/** What the bench looks at (GET /api/print/queue `state`). */
export type QueueState = 'to_print' | 'to_pack' | 'packed' | 'all';

/** Why a sticker can't print on the chosen stock yet (the server checks it as a print would). */
export type PrintProblem =
  'note_too_long' | 'note_missing' | 'not_printable_kind' | 'skipped' | 'held_out';

export interface QueueTouch extends Touch {
  printedBy: string | null;
  problem: PrintProblem | null;
}

export interface QueueOrder {
  orderId: string;
  orderName: string;
  sequence: number | null;
  customer: {id: string; displayName: string | null} | null;
  touches: QueueTouch[];
  /** Every open sticker of the order, in whichever state: what "Mark order packed" finishes. */
  openTouchIds: string[];
  /** What the order note asks of the parcel (gift wrap…), and whether its question is unanswered. */
  request?: string | null;
  questionWaiting?: boolean;
}

/** GET /api/print/queue */
export interface QueueAnswer {
  state: QueueState;
  stock: string;
  totals: {
    orders: number;
    stickers: number;
    ready: number;
    problems: number;
    /** Box touches of the last 30 days whose order shipped before they were packed. */
    missedShipped: number;
  };
  orders: QueueOrder[];
  nextCursor: string | null;
}

/** GET /api/print/stocks */
export interface Stock {
  id: string;
  name: string;
  labelsPerSheet: number;
  /** A roll: one label at a time, no start position. */
  thermal: boolean;
}

/** A touch a print refused (422 `not_printable`), with its order and why. */
export interface RefusedTouch {
  id: string;
  orderName: string;
  kind: TouchKind;
  problem: PrintProblem;
}

export const PROBLEM_LABELS: Record<PrintProblem, string> = {
  note_missing: 'Note not written yet',
  note_too_long: 'Note too long for this label',
  not_printable_kind: 'Nothing goes in the box',
  skipped: 'Skipped',
  held_out: 'Held out',
};
