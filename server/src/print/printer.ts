import type {Writable} from 'node:stream';
import PDFDocument from 'pdfkit';
import type {STICKER_STYLES} from '../shops/shop.model';
import type {LabelContent, PrintProblem} from './content';
import {balance, fitText, tidyText} from './fit';
import {
  loadHandwriting,
  METRICS,
  PDF_FONTS,
  type FontFace,
  type Handwriting,
  type NoteFont,
} from './fonts';
import {instructionLayout, noteLayout} from './layout';
import {measurer} from './measure';
import {renderPages, type DrawContext, type PageJob, type PreparedLabel} from './render';
import type {StockGeometry} from './stocks';

export type StickerStyle = (typeof STICKER_STYLES)[number];

export interface PrintJob extends PageJob {
  style: StickerStyle;
}

/** Whether a note fits a stock's label, for the panel to say so while the note is written. */
export interface NoteFit {
  fits: boolean;
  /** The size it will be set at (null when it does not fit), and the range tried. */
  fontSize: number | null;
  maxFontSize: number;
  minFontSize: number;
  lines: number | null;
  /** Characters the handwriting font lacks (emoji…): left out of the print. */
  missingCharacters: string[];
}

/** The panel's ink (web/src/pages/Team/Signature.tsx); thermal printers print black. */
const INK = '#1f2d5c';

function newDocument(handwriting: Handwriting): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    info: {Title: 'Human Touch stickers', Creator: 'Human Touch'},
  });
  doc.registerFont(PDF_FONTS.caveat, handwriting.data);
  return doc;
}

function facesFor(doc: PDFKit.PDFDocument, noteFont: NoteFont): DrawContext['fonts'] {
  const face = (name: string, metrics: FontFace['metrics']): FontFace => ({
    name,
    measure: measurer(doc, name),
    metrics,
  });
  return {
    note: face(PDF_FONTS[noteFont], METRICS[noteFont]),
    plain: face(PDF_FONTS.helvetica, METRICS.helvetica),
    bold: face(PDF_FONTS.bold, METRICS.helvetica),
  };
}

function layoutsFor(stock: StockGeometry, style: StickerStyle): DrawContext['layouts'] {
  const label = {x: 0, y: 0, ...stock.label};
  const bordered = style === 'handwriting_bordered';
  return {note: noteLayout(label, bordered), instruction: instructionLayout(label, bordered)};
}

/**
 * The sticker printer: fits every label's text first (so a note that cannot fit is reported before
 * anything prints), then streams the PDF. `noteFont: 'helvetica'` sets the same layout in a
 * standard PDF font (the benchmark's baseline). Fonts are loaded once, here.
 */
export function createStickerPrinter({
  handwriting = loadHandwriting(),
  noteFont = 'caveat' as NoteFont,
} = {}) {
  const probe = newDocument(handwriting); // measures only; never written out
  const faces = facesFor(probe, noteFont);
  const strip = (text: string) => {
    if (noteFont !== 'caveat') return tidyText(text);
    const missing = new Set(handwriting.missingCharacters(text));
    return tidyText([...text].filter((ch) => !missing.has(ch)).join(''));
  };

  const fitNoteText = (note: string, layouts: DrawContext['layouts']) => {
    const text = strip(note);
    const fitted = fitText(
      text,
      layouts.note.note,
      layouts.note.noteSizes,
      faces.note.measure,
      faces.note.metrics,
    );
    return fitted && balance(text, fitted, layouts.note.note.width, faces.note.measure);
  };

  function prepareOne(
    c: LabelContent,
    layouts: DrawContext['layouts'],
  ): PreparedLabel | PrintProblem {
    if (c.type === 'instruction') {
      const L = layouts.instruction;
      const fit = (text: string) => {
        const f = fitText(
          text,
          L.instruction,
          L.instructionSizes,
          faces.bold.measure,
          faces.bold.metrics,
        );
        return f && {text, fitted: f};
      };
      // The customer's request goes under the instruction when both fit; the instruction always does.
      const withRequest = c.request ? fit(`${c.instruction}\n${strip(c.request)}`) : null;
      const chosen = withRequest ?? fit(c.instruction);
      if (!chosen) throw new Error(`"${c.instruction}" does not fit its label`); // never: __tests__/printer.test.ts
      const instruction = balance(
        chosen.text,
        chosen.fitted,
        L.instruction.width,
        faces.bold.measure,
      );
      return {type: 'instruction', touchId: c.touchId, orderName: c.orderName, instruction};
    }
    if (!strip(c.note)) return 'note_missing';
    const note = fitNoteText(c.note, layouts);
    if (!note) return 'note_too_long';
    const signature =
      c.signature?.type === 'typed'
        ? {type: 'typed' as const, text: strip(c.signature.text)}
        : c.signature;
    return {type: 'note', touchId: c.touchId, orderName: c.orderName, note, signature};
  }

  /** Every label fitted for the stock, or the ones that cannot be printed and why. */
  function prepare(contents: LabelContent[], stock: StockGeometry, style: StickerStyle) {
    const layouts = layoutsFor(stock, style);
    const labels: PreparedLabel[] = [];
    const problems: {content: LabelContent; problem: PrintProblem}[] = [];
    for (const content of contents) {
      const prepared = prepareOne(content, layouts);
      if (typeof prepared === 'string') problems.push({content, problem: prepared});
      else labels.push(prepared);
    }
    return {labels, problems};
  }

  function fitNote(note: string, stock: StockGeometry, style: StickerStyle): NoteFit {
    const layouts = layoutsFor(stock, style);
    const fitted = strip(note) ? fitNoteText(note, layouts) : null;
    const {max, min} = layouts.note.noteSizes;
    return {
      fits: Boolean(fitted),
      fontSize: fitted?.size ?? null,
      maxFontSize: max,
      minFontSize: min,
      lines: fitted?.lines.length ?? null,
      missingCharacters: noteFont === 'caveat' ? handwriting.missingCharacters(note) : [],
    };
  }

  /** Streams the prepared labels as a PDF into `out`; resolves when all of it is written. */
  async function render(labels: PreparedLabel[], job: PrintJob, out: Writable): Promise<void> {
    const doc = newDocument(handwriting);
    // Widths come from the probe: measuring in `doc` would change its current font size.
    const ctx: DrawContext = {
      fonts: faces,
      ink: job.stock.thermal ? '#000000' : INK,
      layouts: layoutsFor(job.stock, job.style),
    };
    await renderPages(doc, labels, job, ctx, out);
  }

  /**
   * One sheet for checking the calibration on plain paper: every label's edge drawn where the
   * shop's offset puts it, with its position number. Nothing is marked printed.
   */
  async function testSheet(
    job: Omit<PrintJob, 'startPosition' | 'outlines'>,
    out: Writable,
  ): Promise<void> {
    const cells = job.stock.columns * job.stock.rows;
    const contents = Array.from({length: cells}, (_, i): LabelContent => ({
      type: 'instruction',
      touchId: `test-${i + 1}`,
      orderName: `Position ${i + 1}`,
      instruction: 'Test print: hold this page against a sheet of labels',
    }));
    await render(
      prepare(contents, job.stock, job.style).labels,
      {...job, startPosition: 1, outlines: true},
      out,
    );
  }

  return {prepare, fitNote, render, testSheet};
}

export type StickerPrinter = ReturnType<typeof createStickerPrinter>;
