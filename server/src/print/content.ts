import type {TouchKind} from '../cadence/types';
import type {Signature, StaffDoc} from '../staff';
import type {TouchDoc} from '../touches';

/** Kinds whose sticker tells the packer what goes in the box (the card itself is signed by hand). */
export const PACKING_INSTRUCTIONS = {
  team_photo: 'Put the team photo in this box',
  handwritten_card: 'Put the signed card in this box',
  free_gift: 'Put the free gift in this box',
} as const satisfies Partial<Record<TouchKind, string>>;

/** Kinds whose sticker carries the note itself, in handwriting. */
export const NOTE_KINDS: readonly TouchKind[] = ['sticker_note'];

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

/** The sticker's instruction; a card written by hand says whose card goes in this box. */
function instructionFor(t: TouchDoc, kind: keyof typeof PACKING_INSTRUCTIONS): string {
  const name = kind === 'handwritten_card' ? firstName(t.customerName) : null;
  return name ? `Put the signed card for ${name} in this box` : PACKING_INSTRUCTIONS[kind];
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
  // A card whose rule prints the note ("printed note") gets the note itself, like a sticker note.
  const printedCard = t.kind === 'handwritten_card' && t.medium === 'print';
  if (isInstructionKind(t.kind) && !printedCard)
    return {
      ...base,
      type: 'instruction',
      instruction: instructionFor(t, t.kind),
      request: t.request ?? null,
    };
  if (!NOTE_KINDS.includes(t.kind) && !printedCard) return 'not_printable_kind';
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
