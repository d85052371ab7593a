import type {TouchKind} from '../cadence/types';
import type {Models} from '../db/models';
import type {OrderFactsDoc} from '../intake/order.model';

/** How far back a person's carried-out touches are followed: Insights' longest window. */
export const FOLLOW_UP_DAYS = 180;

/** Said wherever one person's returns are shown: they are stories, not proof. */
export const FOLLOW_UP_CAVEAT =
  'One customer coming back is not proof the touch did it: many come back anyway. Whether touches pay ' +
  'off is what the pooled comparison on Insights measures.';

/** A touch a person carried out, with the part of it what followed is read from. */
export interface CarriedOut {
  _id: unknown;
  kind: TouchKind;
  orderGid: string;
  orderName: string;
  customerGid: string | null;
  customerName: string | null;
  assignee: string | null;
  doneAt: Date;
}

/** What followed one touch: the customer's next order after it was done, and a gift card it carried. */
export interface FollowUp {
  touchId: string;
  kind: TouchKind;
  orderName: string;
  customerName: string | null;
  doneAt: string;
  /** Whole days from the touch being done to the customer's next order; null: not (yet) back. */
  returnedAfterDays: number | null;
  returnedOrderName: string | null;
  giftCard: boolean;
}

interface LaterOrder {
  customerGid: string;
  orderGid: string;
  name: string;
  at: Date;
}

/** The customers' orders (counted or not, test and cancelled ones left out), oldest first. */
async function ordersOf(models: Models, shop: string, customers: string[]) {
  if (!customers.length) return new Map<string, LaterOrder[]>();
  const [counted, uncounted, cancellations] = await Promise.all([
    models.OrderSequence.find(
      {shop, 'facts.customerGid': {$in: customers}},
      {'facts.customerGid': 1, 'facts.orderGid': 1, 'facts.name': 1, 'facts.orderCreatedAt': 1},
    ).lean<{facts: OrderFactsDoc}[]>(),
    models.UncountedOrder.find(
      {shop, customerGid: {$in: customers}, test: false},
      {customerGid: 1, orderGid: 1, name: 1, orderCreatedAt: 1, notCountedReason: 1},
    ).lean(),
    models.OrderCancellation.find({shop}, {orderGid: 1}).lean(),
  ]);
  const cancelled = new Set(cancellations.map((c) => c.orderGid));
  const byCustomer = new Map<string, LaterOrder[]>();
  const add = (o: LaterOrder) => {
    if (cancelled.has(o.orderGid)) return;
    byCustomer.set(o.customerGid, [...(byCustomer.get(o.customerGid) ?? []), o]);
  };
  for (const {facts: f} of counted)
    add({customerGid: f.customerGid!, orderGid: f.orderGid, name: f.name, at: f.orderCreatedAt});
  for (const u of uncounted)
    if (u.notCountedReason !== 'cancelled_at_creation')
      add({customerGid: u.customerGid!, orderGid: u.orderGid, name: u.name, at: u.orderCreatedAt});
  for (const list of byCustomer.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());
  return byCustomer;
}

/** For each carried-out touch: did its customer order again after it was done, and how soon. */
export async function followUps(
  models: Models,
  shop: string,
  touches: CarriedOut[],
): Promise<FollowUp[]> {
  const customers = [...new Set(touches.flatMap((t) => (t.customerGid ? [t.customerGid] : [])))];
  const [orders, cards] = await Promise.all([
    ordersOf(models, shop, customers),
    models.GiftCard.find(
      {shop, _id: {$in: touches.map((t) => String(t._id))}, state: 'issued'},
      {_id: 1},
    ).lean(),
  ]);
  const withCard = new Set(cards.map((c) => String(c._id)));
  return touches.map((t) => {
    const doneAt = new Date(t.doneAt);
    const next = (t.customerGid ? (orders.get(t.customerGid) ?? []) : []).find(
      (o) => o.orderGid !== t.orderGid && o.at.getTime() > doneAt.getTime(),
    );
    return {
      touchId: String(t._id),
      kind: t.kind,
      orderName: t.orderName,
      customerName: t.customerName,
      doneAt: doneAt.toISOString(),
      returnedAfterDays: next
        ? Math.floor((next.at.getTime() - doneAt.getTime()) / 86_400_000)
        : null,
      returnedOrderName: next?.name ?? null,
      giftCard: withCard.has(String(t._id)),
    };
  });
}

const CARRIED_OUT_FIELDS = {
  kind: 1,
  orderGid: 1,
  orderName: 1,
  customerGid: 1,
  customerName: 1,
  assignee: 1,
  doneAt: 1,
};

/** The touches done since `since` (working set and history), newest first; questions left out. */
export async function carriedOutSince(
  models: Models,
  shop: string,
  since: Date,
  until = new Date(8.64e15),
): Promise<CarriedOut[]> {
  const filter = {
    shop,
    status: 'done' as const,
    kind: {$ne: 'answer_question' as const},
    doneAt: {$gte: since, $lt: until},
  };
  const [live, archived] = await Promise.all([
    models.Touch.find(filter, CARRIED_OUT_FIELDS).lean<CarriedOut[]>(),
    models.TouchArchive.find(filter, CARRIED_OUT_FIELDS).lean<CarriedOut[]>(),
  ]);
  return [...new Map([...archived, ...live].map((t) => [String(t._id), t])).values()].sort(
    (a, b) => new Date(b.doneAt).getTime() - new Date(a.doneAt).getTime(),
  );
}
