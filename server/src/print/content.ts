import {mediumOf} from '@human-touch/contract';
import type {TouchKind} from '../cadence/types';
import type {Signature, StaffDoc} from '../staff';
import type {TouchDoc} from '../touches';

/** Kinds whose sticker tells the packer what goes in the box (the card itself is signed by hand). */
export const PACKING_INSTRUCTIONS = {
  team_photo: 'Put the team photo in this box',
  handwritten_card: 'Put the signed card in this box',
  free_gift: 'Put the free gift in this box',
} as const satisfies Partial<Record<TouchKind, string>>;

/** Kinds whose sticker carries the note itself, in the handwriting font, when its medium is print. */
export const NOTE_KINDS: readonly TouchKind[] = ['sticker_note'];

/** The packer's sticker for a sticky label written by hand: which label goes on which box. */
const PEN_LABEL = 'Stick the handwritten label on this box';

/** Kinds that put something in the box, and so get a sticker; the others (email, call…) never print. */
export const PRINTABLE_KINDS: readonly TouchKind[] = [
  ...NOTE_KINDS,
  ...(Object.keys(PACKING_INSTRUCTIONS) as TouchKind[]),
];

export type LabelContent =
  | {type: 'note'; touchId: string; orderName: string; note: string; signature: Signature | null}
  | {
      type: 'instruction';
      touchId: string;
      orderName: string;
      instruction: string;
      /** The customer's request for the parcel ("gift wrap, please"), printed under it when it fits. */
      request?: string | null;
    };

/** Why a touch named in a print request cannot be printed (the request answers 422 naming them). */
export type PrintProblem =
  'note_too_long' | 'note_missing' | 'not_printable_kind' | 'skipped' | 'held_out';

export interface TouchProblem {
  id: string;
  orderName: string;
  kind: TouchKind;
  problem: PrintProblem;
}

const isInstructionKind = (kind: TouchKind): kind is keyof typeof PACKING_INSTRUCTIONS =>
  kind in PACKING_INSTRUCTIONS;

/** The customer's first name, for telling cards apart at the bench ("the card for Jo"). */
export const firstName = (name: string | null | undefined) => name?.trim().split(/\s+/)[0] || null;

/** The sticker's instruction; a card or label written by hand says whose it is. */
function instructionFor(t: TouchDoc): string {
  const name = firstName(t.customerName);
  if (t.kind === 'sticker_note')
    return name ? `Stick the handwritten label for ${name} on this box` : PEN_LABEL;
  if (t.kind === 'handwritten_card' && name) return `Put the signed card for ${name} in this box`;
  return isInstructionKind(t.kind) ? PACKING_INSTRUCTIONS[t.kind] : PEN_LABEL;
}

/**
 * How the writer signs: their drawn or typed signature, else their name — as the panel's preview
 * shows it. Nobody assigned (or an assignee who is not a staff profile): no signature.
 */
export function signatureOf(writer: StaffDoc | undefined): Signature | null {
  if (!writer) return null;
  if (writer.signature?.type === 'drawn') return writer.signature;
  return {type: 'typed', text: `— ${writer.signature?.text ?? writer.name}`};
}

/** What goes on the touch's sticker, or why it can't have one (the note's fit is checked later). */
export function labelContent(
  t: TouchDoc,
  writers: Map<string, StaffDoc>,
): LabelContent | PrintProblem {
  if (t.status === 'skipped' || t.status === 'held_out') return t.status;
  const base = {touchId: String(t._id), orderName: t.orderName};
  // Printed words ("printed note") go on the sticker; words written by hand (a card, a sticky
  // label) get the packer's instruction saying whose card or label goes in this box.
  const medium = mediumOf(t.kind, t.medium);
  if (medium === 'pen' || (isInstructionKind(t.kind) && medium === null))
    return {
      ...base,
      type: 'instruction',
      instruction: instructionFor(t),
      request: t.request ?? null,
    };
  if (medium !== 'print') return 'not_printable_kind';
  if (!t.note?.trim()) return 'note_missing';
  return {
    ...base,
    type: 'note',
    note: t.note,
    signature: signatureOf(t.assignee ? writers.get(t.assignee) : undefined),
  };
}

/** Stickers of one order side by side, orders in the shop's sequence, the note before the packing slips. */
export function bySequence(a: TouchDoc, b: TouchDoc): number {
  const rank = (t: TouchDoc) => (NOTE_KINDS.includes(t.kind) ? 0 : 1);
  return (
    (a.sequence ?? Infinity) - (b.sequence ?? Infinity) ||
    a.orderName.localeCompare(b.orderName) ||
    rank(a) - rank(b) ||
    a.kind.localeCompare(b.kind)
  );
}
