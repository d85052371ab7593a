import type {TouchKind} from '../cadence/types';
import type {Models} from '../db/models';
import {MANUAL_SKIP_REASONS} from '../touches/edit';
import type {Arm, CohortEntry, CustomerOrder} from './types';

/** The part of a touch the comparison reads. */
export interface ArmedTouch {
  customerGid: string;
  kind: TouchKind;
  arm: Exclude<Arm, 'untouched'>;
  orderGid: string;
  at: Date;
  sequence: number;
  /** Marked done by a person (carried out), not only picked. */
  done: boolean;
  /** How a note went out (issue 16 records it); missing reads as pen. */
  medium?: 'pen' | 'print';
  /** A gift card was issued for this touch. */
  giftCard?: boolean;
}

interface RawTouch {
  _id: unknown;
  customerGid: string | null;
  kind: TouchKind;
  status: string;
  skipReason: string | null;
  slot: string | null;
  ruleId: string | null;
  orderGid: string;
  orderCreatedAt: Date;
  sequence: number | null;
  medium?: string | null;
}

const manualSkip = new Set<string>(MANUAL_SKIP_REASONS);

/**
 * Which group the touch put its customer in. Only touches a rule fired and the draw decided are
 * compared: touched (open, done, or skipped by a person later — intention to treat) or held out.
 * Manual touches were chosen by a person, questions are always answered, and the engine's own
 * skips were never drawn, so none of those belongs to either group.
 */
export function armOf(t: RawTouch): ArmedTouch['arm'] | null {
  if (!t.customerGid || !t.ruleId || t.slot === 'manual' || t.kind === 'answer_question')
    return null;
  if (t.status === 'held_out') return 'held_out';
  if (t.status === 'open' || t.status === 'done') return 'touched';
  return t.status === 'skipped' && t.skipReason && manualSkip.has(t.skipReason) ? 'touched' : null;
}

const earlier = (a: ArmedTouch, b: ArmedTouch) =>
  a.at.getTime() - b.at.getTime() || a.sequence - b.sequence;

/**
 * Entries: per kind, each customer's first armed touch of that kind; `overall` (kind null), each
 * customer's first order with an armed touch — touched when any touch on it was carried out;
 * untouched, the first counted order of customers never drawn. Entries whose index order was
 * cancelled are left out of every group alike, so cancellations cannot favour either side.
 */
export function cohortEntries(
  touches: ArmedTouch[],
  orders: CustomerOrder[],
): {byKind: CohortEntry[]; overall: CohortEntry[]} {
  const sorted = [...touches].sort(earlier);
  const cancelled = new Set(orders.filter((o) => o.cancelled).map((o) => o.orderGid));
  const firstOfKind = new Map<string, ArmedTouch>();
  const firstOrder = new Map<string, {orderGid: string; at: Date; arm: ArmedTouch['arm']}>();
  for (const t of sorted) {
    if (!firstOfKind.has(`${t.customerGid}|${t.kind}`))
      firstOfKind.set(`${t.customerGid}|${t.kind}`, t);
    const first = firstOrder.get(t.customerGid);
    if (!first) firstOrder.set(t.customerGid, {orderGid: t.orderGid, at: t.at, arm: t.arm});
    else if (first.orderGid === t.orderGid && t.arm === 'touched') first.arm = 'touched';
  }
  const byKind = [...firstOfKind.values()]
    .filter((t) => !cancelled.has(t.orderGid))
    .map((t) => ({
      customerGid: t.customerGid,
      arm: t.arm,
      kind: t.kind,
      indexAt: t.at,
      indexOrderGid: t.orderGid,
    }));
  const overall: CohortEntry[] = [...firstOrder]
    .filter(([, f]) => !cancelled.has(f.orderGid))
    .map(([customerGid, f]) => ({
      customerGid,
      arm: f.arm,
      kind: null,
      indexAt: f.at,
      indexOrderGid: f.orderGid,
    }));
  const firstCounted = new Map<string, CustomerOrder>();
  for (const o of orders) {
    const seen = firstCounted.get(o.customerGid);
    if (!firstOrder.has(o.customerGid) && (!seen || o.at < seen.at))
      firstCounted.set(o.customerGid, o);
  }
  for (const o of firstCounted.values()) {
    if (!o.cancelled)
      overall.push({
        customerGid: o.customerGid,
        arm: 'untouched',
        kind: null,
        indexAt: o.at,
        indexOrderGid: o.orderGid,
      });
  }
  return {byKind, overall};
}

type Deps = {
  models: Pick<
    Models,
    'Touch' | 'TouchArchive' | 'OrderSequence' | 'OrderCancellation' | 'OrderRefund' | 'GiftCard'
  >;
};

const TOUCH_FIELDS = {
  customerGid: 1,
  kind: 1,
  status: 1,
  skipReason: 1,
  slot: 1,
  ruleId: 1,
  orderGid: 1,
  orderCreatedAt: 1,
  sequence: 1,
  medium: 1,
};

/** The shop's armed touches (working set and history) and its customers' counted orders, net of refunds. */
export async function loadCohortData({models}: Deps, shop: string) {
  const filter = {shop, customerGid: {$ne: null}, ruleId: {$ne: null}};
  const [live, archived, sequences, cancellations, refunds, cards] = await Promise.all([
    models.Touch.find(filter, TOUCH_FIELDS).lean<RawTouch[]>(),
    models.TouchArchive.find(filter, TOUCH_FIELDS).lean<RawTouch[]>(),
    models.OrderSequence.find({shop}, {facts: 1}).lean(),
    models.OrderCancellation.find({shop}, {orderGid: 1}).lean(),
    models.OrderRefund.find({shop}, {orderGid: 1, amount: 1}).lean(),
    models.GiftCard.find({shop, state: 'issued'}, {_id: 1}).lean(),
  ]);
  const withCard = new Set(cards.map((c) => String(c._id)));
  // An archive pass copies before it deletes: a touch can briefly be in both.
  const unique = new Map([...archived, ...live].map((t) => [String(t._id), t]));
  const touches: ArmedTouch[] = [];
  for (const t of unique.values()) {
    const arm = armOf(t);
    if (arm)
      touches.push({
        customerGid: t.customerGid!,
        kind: t.kind,
        arm,
        orderGid: t.orderGid,
        at: new Date(t.orderCreatedAt),
        sequence: t.sequence ?? 0,
        done: t.status === 'done',
        medium: t.medium === 'print' ? 'print' : 'pen',
        giftCard: withCard.has(String(t._id)),
      });
  }
  // Orders a rule fired on at all, armed or skipped by the engine: never "not picked".
  const firedOrders = new Set(
    [...unique.values()].filter((t) => t.kind !== 'answer_question').map((t) => t.orderGid),
  );
  const cancelled = new Set(cancellations.map((c) => c.orderGid));
  const refunded = new Map<string, number>();
  for (const r of refunds) refunded.set(r.orderGid, (refunded.get(r.orderGid) ?? 0) + r.amount);
  const currency = mostCommon(sequences.map((s) => s.facts.currency).filter(Boolean)) ?? '';
  const orders: CustomerOrder[] = [];
  for (const {facts: f} of sequences) {
    if (!f.customerGid) continue;
    const isCancelled = cancelled.has(f.orderGid);
    // Revenue in one currency only: an order in another (the shop changed currency) counts as a return, adds nothing.
    const gross = f.currency === currency || !f.currency ? f.totalPrice : 0;
    const revenue = isCancelled ? 0 : Math.max(0, gross - (refunded.get(f.orderGid) ?? 0));
    orders.push({
      customerGid: f.customerGid,
      orderGid: f.orderGid,
      at: new Date(f.orderCreatedAt),
      revenue,
      cancelled: isCancelled,
      pos: f.sourceName === 'pos',
    });
  }
  return {touches, orders, currency, firedOrders};
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
