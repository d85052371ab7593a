import {QUEUE_STATES, type QueueState} from '@human-touch/contract';
import {z} from 'zod';
import {toTouchJson, type TouchDoc} from '../touches';
import {bySequence, PRINTABLE_KINDS, type PrintProblem} from './content';
import {stockSchema} from './print.schema';

/** What the bench looks at: still to print, printed and waiting to be packed, packed, or all of them. */
export {QUEUE_STATES, type QueueState} from '@human-touch/contract';

/** GET /api/print/queue */
export const queueQuerySchema = z.strictObject({
  state: z.enum(QUEUE_STATES).default('to_print'),
  /** The stock whose labels the problems are checked against (an over-long note fits a 4×6 but not a 5160); the shop's by default. */
  stock: stockSchema.optional(),
  /** Orders per page (each with all its matching touches; one page is one print batch). */
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
  /** An order number, typed or scanned ("1042", "#1042"): only orders whose name holds it. */
  q: z.string().trim().min(1).max(50).optional(),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

function inState(state: QueueState): (t: TouchDoc) => boolean {
  return (t) => {
    if (!PRINTABLE_KINDS.includes(t.kind)) return false;
    if (state === 'to_print') return t.status === 'open' && !t.printedAt;
    if (state === 'to_pack') return t.status === 'open' && Boolean(t.printedAt);
    if (state === 'packed') return t.status === 'done';
    return t.status === 'open' || t.status === 'done';
  };
}

/** Orders whose name holds the searched number (ignoring "#", case and spaces); all without one. */
export function matchingOrder(q: string | undefined): (o: {orderName: string}) => boolean {
  const norm = (v: string) => v.toLowerCase().replace(/[#\s]/g, '');
  const want = q ? norm(q) : '';
  return (o) => !want || norm(o.orderName).includes(want);
}

export interface QueueOrder {
  orderId: string;
  orderName: string;
  sequence: number | null;
  touches: TouchDoc[];
}

/** The shop's printable touches in `state`, grouped by order, orders in the shop's sequence (hand-given touches last). */
export function groupByOrder(touches: TouchDoc[], state: QueueState): QueueOrder[] {
  const orders = new Map<string, QueueOrder>();
  for (const t of touches.filter(inState(state)).sort(bySequence)) {
    const order = orders.get(t.orderGid) ?? {
      orderId: t.orderGid,
      orderName: t.orderName,
      sequence: t.sequence ?? null,
      touches: [],
    };
    order.touches.push(t);
    orders.set(t.orderGid, order);
  }
  return [...orders.values()];
}

// The cursor names the last order of the page; orders are in a fixed order, so the next page starts after it
// even when printing has meanwhile moved touches out of the state.
const sortKey = (o: Pick<QueueOrder, 'sequence' | 'orderName' | 'orderId'>) =>
  [o.sequence ?? Number.MAX_SAFE_INTEGER, o.orderName, o.orderId] as const;

function after(a: QueueOrder, key: readonly [number, string, string]): boolean {
  const k = sortKey(a);
  return (
    k[0] - key[0] > 0 || (k[0] === key[0] && (k[1] > key[1] || (k[1] === key[1] && k[2] > key[2])))
  );
}

const encodeCursor = (state: QueueState, o: QueueOrder) =>
  Buffer.from(JSON.stringify([state, ...sortKey(o)])).toString('base64url');

function decodeCursor(state: QueueState, cursor: string): readonly [number, string, string] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (!Array.isArray(v) || v.length !== 4 || v[0] !== state) return null;
    const [, seq, name, id] = v as unknown[];
    if (
      typeof seq !== 'number' ||
      !Number.isSafeInteger(seq) ||
      typeof name !== 'string' ||
      typeof id !== 'string'
    )
      return null;
    return [seq, name, id];
  } catch {
    return null;
  }
}

/** One page of the queue, or null for a cursor this API did not hand out for this state. */
export function queuePage(orders: QueueOrder[], q: QueueQuery) {
  const start = q.cursor ? decodeCursor(q.state, q.cursor) : undefined;
  if (start === null) return null;
  const rest = start ? orders.filter((o) => after(o, start)) : orders;
  const page = rest.slice(0, q.limit);
  const last = page[page.length - 1];
  return {page, nextCursor: rest.length > q.limit && last ? encodeCursor(q.state, last) : null};
}

/** A queued touch as the contract shows it, with who printed it and why it can't print now (null: it can). */
export const queueTouchJson = (t: TouchDoc, problem: PrintProblem | null) => ({
  ...toTouchJson(t),
  printedBy: t.printedBy ?? null,
  problem,
});
