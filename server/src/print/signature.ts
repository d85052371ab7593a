import type {Signature} from '../staff';
import type {FontFace} from './fonts';
import type {Rect} from './stocks';

/** The pad drawn signatures come from (docs/API.md, staff: a 300 × 100 space). */
const PAD_HEIGHT = 100;

/** The box around a drawn path's points (control points included, so it holds the whole curve). */
export function pathBounds(d: string): {minX: number; minY: number; maxX: number; maxY: number} {
  const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}

/** The signature at the right of its box: typed in the handwriting font, or the drawn strokes scaled in. */
export function drawSignature(
  doc: PDFKit.PDFDocument,
  signature: Signature,
  box: Rect,
  face: FontFace,
  ink: string,
): void {
  if (signature.type === 'typed') drawTyped(doc, signature.text, box, face, ink);
  else drawDrawn(doc, signature.svgPath, box, ink);
}

function drawTyped(
  doc: PDFKit.PDFDocument,
  text: string,
  box: Rect,
  {name, measure, metrics}: FontFace,
  ink: string,
): void {
  const em = metrics.ascent + metrics.descent;
  const size = Math.min(box.height / em, box.width / measure(text));
  const baseline = box.y + (box.height - size * em) / 2 + size * metrics.ascent;
  const x = box.x + box.width - measure(text) * size;
  doc
    .font(name)
    .fontSize(size)
    .fillColor(ink)
    .text(text, x, baseline, {lineBreak: false, baseline: 'alphabetic'});
}

/** Scaled to fill the box's height at most 1.6 × the pad's (a small scribble is not blown up). */
function drawDrawn(doc: PDFKit.PDFDocument, svgPath: string, box: Rect, ink: string): void {
  const b = pathBounds(svgPath);
  const width = Math.max(b.maxX - b.minX, 1);
  const height = Math.max(b.maxY - b.minY, 1);
  const k = Math.min(box.width / width, box.height / height, (1.6 * box.height) / PAD_HEIGHT);
  const stroke = Math.min(2.2, Math.max(0.6, box.height * 0.045));
  const x = box.x + box.width - width * k;
  const y = box.y + (box.height - height * k) / 2;
  doc
    .save()
    .translate(x - b.minX * k, y - b.minY * k)
    .scale(k);
  doc
    .path(svgPath)
    .lineWidth(stroke / k)
    .lineCap('round')
    .lineJoin('round')
    .stroke(ink);
  doc.restore();
}
