import type {SizeRange} from './fit';
import type {Rect} from './stocks';

/** The smallest handwriting we print (Caveat's x-height is small: 10 pt reads like 8 pt Helvetica). */
export const MIN_NOTE_PT = 10;
/** The smallest packing instruction (bold Helvetica). */
export const MIN_INSTRUCTION_PT = 7;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** Font sizes in whole half points. */
const halfPoints = (v: number) => Math.floor(v * 2) / 2;

/** Where things go on a note label: the note above, the order name (left) and the signature (right) below. */
export interface NoteLayout {
  /** Set only with the bordered style: a thin frame inside the label's edge. */
  border: Rect | null;
  note: Rect;
  noteSizes: SizeRange;
  signature: Rect;
  orderName: {x: number; baseline: number; width: number; size: number};
}

/** Where things go on a packing-instruction label: the order name to match, the instruction large below. */
export interface InstructionLayout {
  border: Rect | null;
  orderName: {x: number; baseline: number; width: number; size: number};
  instruction: Rect;
  instructionSizes: SizeRange;
}

/** The label less its padding (more when bordered: the frame sits in the padding). */
function inner(label: Rect, bordered: boolean): {content: Rect; border: Rect | null} {
  const pad = clamp(0.08 * Math.min(label.width, label.height), 5, 16);
  const inset = bordered ? pad * 1.3 : pad;
  const frame = pad * 0.55;
  return {
    content: {
      x: label.x + inset,
      y: label.y + inset,
      width: label.width - 2 * inset,
      height: label.height - 2 * inset,
    },
    border: bordered
      ? {
          x: label.x + frame,
          y: label.y + frame,
          width: label.width - 2 * frame,
          height: label.height - 2 * frame,
        }
      : null,
  };
}

/** Proportions from the label's own size, so each stock gets handwriting in scale with it. */
export function noteLayout(label: Rect, bordered: boolean): NoteLayout {
  const {content: c, border} = inner(label, bordered);
  const footer = clamp(label.height * 0.2, 12, 60);
  const gap = footer * 0.15;
  // The order number is what the packer matches the label to the box by: large on every sticker.
  const nameSize = clamp(label.height * 0.14, 8, 22);
  const sigWidth = Math.min(c.width * 0.5, footer * 3);
  const bottom = c.y + c.height;
  return {
    border,
    note: {x: c.x, y: c.y, width: c.width, height: c.height - footer - gap},
    noteSizes: {
      max: halfPoints(clamp(Math.min(label.height * 0.2, label.width * 0.15), 12, 40)),
      min: MIN_NOTE_PT,
    },
    signature: {x: c.x + c.width - sigWidth, y: bottom - footer, width: sigWidth, height: footer},
    orderName: {
      x: c.x,
      baseline: bottom - nameSize * 0.25,
      width: c.width - sigWidth - gap,
      size: nameSize,
    },
  };
}

export function instructionLayout(label: Rect, bordered: boolean): InstructionLayout {
  const {content: c, border} = inner(label, bordered);
  // The order number is what the packer matches the sticker to the box by: the largest text on it.
  const nameSize = clamp(label.height * 0.26, 9, 44);
  const top = c.y + nameSize * 1.3;
  return {
    border,
    orderName: {x: c.x, baseline: c.y + nameSize * 0.95, width: c.width, size: nameSize},
    instruction: {x: c.x, y: top, width: c.width, height: c.y + c.height - top},
    instructionSizes: {
      max: halfPoints(clamp(Math.min(label.height * 0.2, label.width * 0.1), 9, 36)),
      min: MIN_INSTRUCTION_PT,
    },
  };
}
