import {Writable} from 'node:stream';
import type {Models} from '../db/models';
import {markPrinted, unmarkPrinted, type TouchDoc, type WorkingSet} from '../touches';
import {AlreadyPrintedError} from './errors';
import type {PrintJob, StickerPrinter} from './printer';
import type {PreparedLabel} from './render';
import {labelsPerSheet} from './stocks';

type Deps = {
  models: Pick<Models, 'Touch' | 'Shop'>;
  workingSet: WorkingSet;
  printer: StickerPrinter;
};

/** A PDF made and its stickers marked printed, waiting to be handed over. */
export interface PrintRun {
  shop: string;
  job: PrintJob;
  pdf: Buffer;
  labels: number;
  skipped: number;
  /** The touches this run marked, as they were before (to put back if the PDF never arrives). */
  marked: TouchDoc[];
  stamp: Date | null;
}

/** Where the next print starts on a sheet after `count` labels from `start` (1-based). */
export const nextPosition = (start: number, count: number, perSheet: number) =>
  ((start - 1 + count) % perSheet) + 1;

async function toBuffer(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  await write(out);
  return Buffer.concat(chunks);
}

/**
 * A print run, in the order that keeps the bench honest: the whole PDF is made first (a failure
 * marks nothing), then its stickers are marked printed (of two runs racing for a sticker one gets
 * it, so a box never gets two), then the PDF is handed over; a PDF the client never received in
 * full puts the marks back. Once handed over, the next free label is kept for the shop.
 */
export function createPrintRuns({models, workingSet, printer}: Deps) {
  async function make(
    shop: string,
    p: {
      job: PrintJob;
      touches: TouchDoc[];
      labels: PreparedLabel[];
      skippedAlreadyPrinted: string[];
      reprint: boolean;
    },
    userId: string | null,
  ): Promise<PrintRun> {
    let labels = p.labels;
    let pdf = await toBuffer((out) => printer.render(labels, p.job, out));
    const marked = await markPrinted({models, workingSet}, shop, p.touches, userId, p.reprint);
    const ids = new Set(marked.map((t) => String(t._id)));
    const lost = p.touches.length - ids.size;
    if (!ids.size) throw new AlreadyPrintedError(p.touches.map((t) => String(t._id)));
    if (lost) {
      labels = labels.filter((l) => ids.has(l.touchId));
      pdf = await toBuffer((out) => printer.render(labels, p.job, out));
    }
    return {
      shop,
      job: p.job,
      pdf,
      labels: labels.length,
      skipped: p.skippedAlreadyPrinted.length + lost,
      marked: p.touches.filter((t) => ids.has(String(t._id))),
      stamp: marked[0]?.printedAt ?? null,
    };
  }

  /** The PDF reached the client: remember where the sheet in the printer continues. */
  async function handedOver(run: PrintRun): Promise<void> {
    if (run.job.stock.thermal) return;
    const position = nextPosition(run.job.startPosition, run.labels, labelsPerSheet(run.job.stock));
    await models.Shop.updateOne(
      {_id: run.shop},
      {$set: {nextLabel: {stock: run.job.stock.id, position}}},
    );
  }

  /** The client went away before the PDF was all sent: nothing of it counts as printed. */
  async function notHandedOver(run: PrintRun): Promise<void> {
    if (run.stamp) await unmarkPrinted({models, workingSet}, run.shop, run.marked, run.stamp);
  }

  return {make, handedOver, notHandedOver};
}

export type PrintRuns = ReturnType<typeof createPrintRuns>;
