import {once} from 'node:events';
import type {Writable} from 'node:stream';
import {finished} from 'node:stream/promises';
import type {Signature} from '../staff';
import {blockHeight, type Fitted} from './fit';
import type {FontFace} from './fonts';
import type {InstructionLayout, NoteLayout} from './layout';
import {drawSignature} from './signature';
import {labelRect, placements, type Offset, type Rect, type StockGeometry} from './stocks';

/** A label ready to draw: its text already fitted (see printer.ts). */
export type PreparedLabel =
  | {type: 'note'; touchId: string; orderName: string; note: Fitted; signature: Signature | null}
  | {type: 'instruction'; touchId: string; orderName: string; instruction: Fitted};

/** Everything drawing needs besides the labels: the faces, the ink, the layouts for this stock and style. */
export interface DrawContext {
  /** The note and typed signatures (the handwriting); the order name; packing instructions. */
  fonts: {note: FontFace; plain: FontFace; bold: FontFace};
  /** Handwriting in the panel's ink on sheets; black on thermal printers. */
  ink: string;
  layouts: {note: NoteLayout; instruction: InstructionLayout};
}

export interface PageJob {
  stock: StockGeometry;
  /** 1-based position of the first label on the first sheet (the rest of the sheet was used before). */
  startPosition: number;
  offsetMm: Offset;
  /** Draw each label's edge in light grey: a plain-paper test print to check the alignment. */
  outlines?: boolean;
}

const BLACK = '#000000';
const shift = (r: Rect, at: Rect): Rect => ({...r, x: r.x + at.x, y: r.y + at.y});

/** Lines of fitted text, the block centred vertically in its box. */
function drawLines(
  doc: PDFKit.PDFDocument,
  text: Fitted,
  box: Rect,
  face: FontFace,
  color: string,
  align: 'left' | 'center',
) {
  const m = face.metrics;
  const top = box.y + (box.height - blockHeight(text.lines.length, text.size, m)) / 2;
  doc.font(face.name).fontSize(text.size).fillColor(color);
  text.lines.forEach((line, i) => {
    const x = align === 'left' ? box.x : box.x + (box.width - face.measure(line) * text.size) / 2;
    doc.text(line, x, top + text.size * (m.ascent + i * m.lineHeight), {
      lineBreak: false,
      baseline: 'alphabetic',
    });
  });
}

/** The order name on one line, smaller if it must be to stay in its width. */
function drawOrderName(
  doc: PDFKit.PDFDocument,
  name: string,
  at: {x: number; baseline: number; width: number; size: number},
  face: FontFace,
) {
  const size = Math.min(at.size, at.width / Math.max(face.measure(name), 0.01));
  doc
    .font(face.name)
    .fontSize(size)
    .fillColor(BLACK)
    .text(name, at.x, at.baseline, {lineBreak: false, baseline: 'alphabetic'});
}

function drawBorder(doc: PDFKit.PDFDocument, border: Rect | null, color: string) {
  if (!border) return;
  doc
    .roundedRect(
      border.x,
      border.y,
      border.width,
      border.height,
      Math.min(border.width, border.height) * 0.08,
    )
    .lineWidth(0.6)
    .stroke(color);
}

const shiftName = (n: NoteLayout['orderName'], at: Rect) => ({
  ...n,
  x: n.x + at.x,
  baseline: n.baseline + at.y,
});

/** One label at its place on the page. */
export function drawLabel(
  doc: PDFKit.PDFDocument,
  label: PreparedLabel,
  at: Rect,
  ctx: DrawContext,
): void {
  const {fonts, ink} = ctx;
  if (label.type === 'note') {
    const L = ctx.layouts.note;
    drawBorder(doc, L.border && shift(L.border, at), ink);
    drawLines(doc, label.note, shift(L.note, at), fonts.note, ink, 'left');
    drawOrderName(doc, label.orderName, shiftName(L.orderName, at), fonts.plain);
    if (label.signature)
      drawSignature(doc, label.signature, shift(L.signature, at), fonts.note, ink);
    return;
  }
  const L = ctx.layouts.instruction;
  drawBorder(doc, L.border && shift(L.border, at), BLACK);
  drawOrderName(doc, label.orderName, shiftName(L.orderName, at), fonts.bold);
  drawLines(doc, label.instruction, shift(L.instruction, at), fonts.bold, BLACK, 'center');
}

/**
 * Streams the labels into `out`, sheet after sheet: each finished page is written out before the
 * next is drawn, waiting when `out` is full, so memory stays flat however many labels there are.
 * Resolves when `out` has everything.
 */
export async function renderPages(
  doc: PDFKit.PDFDocument,
  labels: PreparedLabel[],
  job: PageJob,
  ctx: DrawContext,
  out: Writable,
): Promise<void> {
  const done = finished(out);
  doc.pipe(out);
  const spots = placements(job.stock, labels.length, job.startPosition);
  let sheet = -1;
  for (const [i, label] of labels.entries()) {
    const spot = spots[i]!;
    if (spot.sheet !== sheet) {
      if (sheet >= 0) await breathe(out);
      doc.addPage({size: [job.stock.page.width, job.stock.page.height], margin: 0});
      sheet = spot.sheet;
    }
    const at = labelRect(job.stock, spot.position, job.offsetMm);
    if (job.outlines) doc.rect(at.x, at.y, at.width, at.height).lineWidth(0.3).stroke('#b0b0b0');
    drawLabel(doc, label, at, ctx);
  }
  doc.end();
  await done;
}

/** Lets the event loop run (other requests, the socket) and waits while `out` is full. */
async function breathe(out: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain) await once(out, 'drain');
}
