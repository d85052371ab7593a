import PDFDocument from 'pdfkit';
import type {Writable} from 'node:stream';
import {finished} from 'node:stream/promises';
import {KIND_NAMES} from './write-list-names';

/** One card or label to write by hand, with what the writer needs to write it well. */
export interface WriteItem {
  orderName: string;
  kind: 'handwritten_card' | 'sticker_note';
  firstName: string | null;
  city: string | null;
  items: {title: string; quantity: number}[];
  ordersWithShop: number;
  earlier: {kind: string; orderName: string; at: Date}[];
  draft: string | null;
  writer: string | null;
  dueAt: Date;
}

const MARGIN = 54;
const date = (d: Date) => d.toISOString().slice(0, 10);

function block(doc: PDFKit.PDFDocument, it: WriteItem, width: number) {
  const what = it.kind === 'handwritten_card' ? 'Card' : 'Sticky label';
  doc.font('Helvetica-Bold').fontSize(20).text(it.orderName, {continued: true});
  doc
    .font('Helvetica')
    .fontSize(12)
    .text(`   ${what} for ${it.firstName ?? 'the customer'}${it.city ? `, ${it.city}` : ''}`);
  doc.fontSize(10).fillColor('#444');
  const bought = it.items.map((i) => `${i.quantity} × ${i.title}`).join(', ');
  if (bought) doc.text(`Bought: ${bought}`, {width});
  const history =
    it.ordersWithShop > 1 ? `Order ${it.ordersWithShop} with you` : 'First order with you';
  const before = it.earlier.map((e) => `${KIND_NAMES[e.kind] ?? e.kind} (${e.orderName})`);
  doc.text(`${history}${before.length ? ` · earlier: ${before.join(', ')}` : ''}`, {width});
  doc.text(
    `Due ${date(it.dueAt)}${it.writer ? ` · ${it.writer} writes and signs` : ' · not assigned'}`,
    {width},
  );
  doc.moveDown(0.4).fillColor('#000').font('Helvetica-Bold').fontSize(10);
  doc.text(it.draft ? 'Your draft: copy it by hand' : 'No draft yet: write it in your own words');
  if (it.draft) doc.font('Helvetica').fontSize(12).text(it.draft, {width});
  doc.moveDown(0.6);
  const y = doc.y;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width, y)
    .lineWidth(0.5)
    .stroke('#bbbbbb');
  doc.moveDown(0.8);
}

/**
 * The write list for the writing desk (PDF, Letter): one block per card or label to write by
 * pen, in the order they are due. The writer copies their own draft; nothing here is printed
 * for the customer.
 */
export async function renderWriteList(items: WriteItem[], out: Writable): Promise<void> {
  const doc = new PDFDocument({size: 'LETTER', margin: MARGIN, info: {Title: 'Write list'}});
  const done = finished(out);
  doc.pipe(out);
  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica-Bold').fontSize(16).text('Write list: cards and labels to write by hand');
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#444')
    .text(
      `${items.length} to write. Use a real pen; sign each one. The packer's sticker says which goes in which box.`,
    );
  doc.fillColor('#000').moveDown(1);
  for (const it of items) {
    if (doc.y > doc.page.height - MARGIN - 150) doc.addPage();
    block(doc, it, width);
  }
  doc.end();
  await done;
}
