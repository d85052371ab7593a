import type {Writable} from 'node:stream';
import type {Models} from '../db/models';
import {BadRequestError, NotFoundError, ValidationError} from '../errors';
import type {ShopsService} from '../shops';
import type {LabelStock} from '../shops/shop.model';
import type {StaffDoc} from '../staff';
import {isMissedShipped, type TouchDoc, type WorkingSet} from '../touches';
import {
  bySequence,
  labelContent,
  PRINTABLE_KINDS,
  type LabelContent,
  type TouchProblem,
} from './content';
import {AlreadyPrintedError, NothingToPrintError, NotPrintableError} from './errors';
import type {StickerPrinter, PrintJob, StickerStyle} from './printer';
import type {PreparedLabel} from './render';
import type {StickersRequest} from './print.schema';
import {labelsPerSheet, STOCKS, stockJson} from './stocks';
import {groupByOrder, matchingOrder, queuePage, queueTouchJson, type QueueQuery} from './queue';
import {createPrintRuns} from './run';

type Deps = {
  models: Pick<Models, 'Touch' | 'Staff' | 'Shop'>;
  workingSet: WorkingSet;
  shops: ShopsService;
  printer: StickerPrinter;
};

/** One print, decided and checked before anything changes. */
export interface PrintPlan {
  job: PrintJob;
  /** The touches to print, in label order, and their labels. */
  touches: TouchDoc[];
  labels: PreparedLabel[];
  /** Asked for but printed before, and left out (no reprint). */
  skippedAlreadyPrinted: string[];
  reprint: boolean;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

export function createPrintService({models, workingSet, shops, printer}: Deps) {
  async function byTouchIds(shop: string, ids: string[]): Promise<TouchDoc[]> {
    const mine = new Map((await workingSet.read(shop)).map((t) => [String(t._id), t]));
    const missing = unique(ids).filter((id) => !mine.has(id));
    if (missing.length)
      throw new NotFoundError(
        `No such touch: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}`,
      );
    return unique(ids).map((id) => mine.get(id)!);
  }

  /** The touches of those orders that put something in the box and are still to be (or were) carried out. */
  async function byOrderIds(shop: string, orderIds: string[]): Promise<TouchDoc[]> {
    const wanted = new Set(orderIds);
    const touches = (await workingSet.read(shop)).filter((t) => wanted.has(t.orderGid));
    const found = new Set(touches.map((t) => t.orderGid));
    const missing = [...wanted].filter((id) => !found.has(id));
    if (missing.length)
      throw new NotFoundError(
        `No touches for order ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}`,
      );
    return touches.filter(
      (t) => PRINTABLE_KINDS.includes(t.kind) && (t.status === 'open' || t.status === 'done'),
    );
  }

  async function writersOf(shop: string, touches: TouchDoc[]): Promise<Map<string, StaffDoc>> {
    const ids = unique(
      touches
        .map((t) => t.assignee)
        .filter((a): a is string => Boolean(a && /^[0-9a-f]{24}$/.test(a))),
    );
    if (!ids.length) return new Map();
    const staff = await models.Staff.find({shop, _id: {$in: ids}}).lean<StaffDoc[]>();
    return new Map(staff.map((s) => [String(s._id), s]));
  }

  /** Each touch's label fitted for the job, or why it can't be printed. */
  async function check(shop: string, touches: TouchDoc[], job: Pick<PrintJob, 'stock' | 'style'>) {
    const writers = await writersOf(shop, touches);
    const byId = new Map(touches.map((t) => [String(t._id), t]));
    const problem = (t: TouchDoc, p: TouchProblem['problem']): TouchProblem => ({
      id: String(t._id),
      orderName: t.orderName,
      kind: t.kind,
      problem: p,
    });
    const problems: TouchProblem[] = [];
    const contents: LabelContent[] = [];
    for (const t of touches) {
      const content = labelContent(t, writers);
      if (typeof content === 'string') problems.push(problem(t, content));
      else contents.push(content);
    }
    const prepared = printer.prepare(contents, job.stock, job.style);
    for (const p of prepared.problems)
      problems.push(problem(byId.get(p.content.touchId)!, p.problem));
    return {labels: prepared.labels, problems};
  }

  /** Every label fitted, or a 422 naming each touch that can't be printed and why. */
  async function labelsFor(
    shop: string,
    touches: TouchDoc[],
    job: PrintJob,
  ): Promise<PreparedLabel[]> {
    const {labels, problems} = await check(shop, touches, job);
    if (problems.length) throw new NotPrintableError(job.stock.id, problems);
    return labels;
  }

  /** Checks the request and decides what prints; throws (400, 404, 409, 422) having changed nothing. */
  async function plan(shop: string, r: StickersRequest): Promise<PrintPlan> {
    const settings = await shops.ensureShop(shop);
    const stock = STOCKS[r.stock ?? settings.labelStock];
    const startPosition = r.startPosition ?? 1;
    if (startPosition > labelsPerSheet(stock)) {
      throw new ValidationError('The start position is not on the sheet', {
        startPosition: [`from 1 to ${labelsPerSheet(stock)} on ${stock.id}`],
      });
    }
    const asked = r.touchIds
      ? await byTouchIds(shop, r.touchIds)
      : await byOrderIds(shop, r.orderIds!);
    if (!asked.length) throw new NothingToPrintError();
    const touches = (r.reprint ? asked : asked.filter((t) => !t.printedAt)).sort(bySequence);
    const skippedAlreadyPrinted = r.reprint
      ? []
      : asked.filter((t) => t.printedAt).map((t) => String(t._id));
    if (!touches.length) throw new AlreadyPrintedError(skippedAlreadyPrinted);
    const job: PrintJob = {
      stock,
      startPosition,
      offsetMm: settings.labelOffsetMm,
      style: settings.stickerStyle,
    };
    return {
      job,
      touches,
      labels: await labelsFor(shop, touches, job),
      skippedAlreadyPrinted,
      reprint: r.reprint,
    };
  }

  const runs = createPrintRuns({models, workingSet, printer});

  /** The plan's PDF, made and then its stickers marked printed (run.ts); hand it over, or put it back. */
  const claim = (shop: string, p: PrintPlan, userId: string | null) => runs.make(shop, p, userId);

  /** Whether a note fits the shop's stock and style (or the ones named), as the printer will set it. */
  async function fit(shop: string, r: {note: string; stock?: LabelStock; style?: StickerStyle}) {
    const settings = await shops.ensureShop(shop);
    const stock = r.stock ?? settings.labelStock;
    const style = r.style ?? settings.stickerStyle;
    return {stock, style, ...printer.fitNote(r.note, STOCKS[stock], style)};
  }

  /** The calibration sheet for the shop's stock (or the one named), with its offset and style: settings read, ready to stream. */
  async function testSheet(shop: string, stock: LabelStock | undefined) {
    const settings = await shops.ensureShop(shop);
    const job = {
      stock: STOCKS[stock ?? settings.labelStock],
      offsetMm: settings.labelOffsetMm,
      style: settings.stickerStyle,
    };
    return (out: Writable) => printer.testSheet(job, out);
  }

  /**
   * The warehouse queue: printable touches in a state, grouped by order in the shop's sequence, each
   * with why it can't print on the stock now (checked as a print would). Totals cover the whole state.
   */
  async function queue(shop: string, q: QueueQuery) {
    const settings = await shops.ensureShop(shop);
    const stock = STOCKS[q.stock ?? settings.labelStock];
    const current = await workingSet.read(shop);
    const orders = groupByOrder(current, q.state).filter(matchingOrder(q.q));
    // "Mark order packed" finishes all of an order's open stickers, whichever state the list shows.
    const toPack = new Map<string, string[]>();
    for (const o of groupByOrder(current, 'to_print').concat(groupByOrder(current, 'to_pack'))) {
      toPack.set(o.orderId, [
        ...(toPack.get(o.orderId) ?? []),
        ...o.touches.map((t) => String(t._id)),
      ]);
    }
    const touches = orders.flatMap((o) => o.touches);
    const questions = new Set(
      current
        .filter((t) => t.kind === 'answer_question' && t.status === 'open')
        .map((t) => t.orderGid),
    );
    const {problems} = await check(shop, touches, {stock, style: settings.stickerStyle});
    const problemOf = new Map(problems.map((p) => [p.id, p.problem]));
    const found = queuePage(orders, q);
    if (!found) throw new BadRequestError('cursor is not one this API returned for this state');
    return {
      state: q.state,
      stock: stock.id,
      totals: {
        orders: orders.length,
        stickers: touches.length,
        ready: touches.length - problems.length,
        problems: problems.length,
        /** Box touches of the last 30 days whose order shipped before they were packed. */
        missedShipped: current.filter((t) => isMissedShipped(t, new Date())).length,
      },
      orders: found.page.map((o) => ({
        orderId: o.orderId,
        orderName: o.orderName,
        sequence: o.sequence,
        customer: o.touches[0]!.customerGid
          ? {id: o.touches[0]!.customerGid, displayName: o.touches[0]!.customerName ?? null}
          : null,
        touches: o.touches.map((t) => queueTouchJson(t, problemOf.get(String(t._id)) ?? null)),
        /** The customer's request for the parcel, and whether their question is still unanswered. */
        request: o.touches.find((t) => t.request)?.request ?? null,
        questionWaiting: questions.has(o.orderId),
        openTouchIds: toPack.get(o.orderId) ?? [],
      })),
      nextCursor: found.nextCursor,
    };
  }

  /** The stocks, the shop's own, and where the sheet in the printer continues (kept per shop). */
  async function stocks(shop: string) {
    const labelStock = (await shops.ensureShop(shop)).labelStock;
    const next = (await models.Shop.findById(shop, {nextLabel: 1}).lean())?.nextLabel ?? null;
    return {stocks: Object.values(STOCKS).map(stockJson), labelStock, nextLabel: next};
  }

  /** The packer loaded a sheet, or starts elsewhere on it: the next print starts at `position`. */
  async function setNextLabel(shop: string, r: {stock: LabelStock; position: number}) {
    await shops.ensureShop(shop);
    if (r.position > labelsPerSheet(STOCKS[r.stock]))
      throw new ValidationError('The start position is not on the sheet', {
        position: [`from 1 to ${labelsPerSheet(STOCKS[r.stock])} on ${r.stock}`],
      });
    await models.Shop.updateOne({_id: shop}, {$set: {nextLabel: r}});
    return {nextLabel: r};
  }

  return {
    plan,
    claim,
    handedOver: runs.handedOver,
    notHandedOver: runs.notHandedOver,
    fit,
    testSheet,
    stocks,
    setNextLabel,
    queue,
  };
}

export type PrintService = ReturnType<typeof createPrintService>;
