import {asksQuestion, packerRequest} from '../cadence';
import {isDuplicateKey} from '../db/connect';
import type {ShopSettings} from '../shops';
import {chooseAssignee, turnOf} from '../touches/assign';
import {dueAfter} from '../util/due';
import {notCountedReason} from './counting-rules';
import type {IntakeDeps} from './deps';
import {orderKey, type NotCountedReason, type OrderFactsDoc} from './order.model';
import type {OrderSnapshot} from './order-payload';

/** The facts of an order the app keeps (counted or not): what the writer and the cadence read. */
export function toFactsDoc(o: OrderSnapshot): OrderFactsDoc {
  return {
    orderGid: o.orderGid,
    name: o.name,
    orderCreatedAt: o.orderCreatedAt,
    totalPrice: o.totalPrice,
    currency: o.currency,
    sourceName: o.sourceName,
    countryCode: o.countryCode,
    shipCity: o.shipCity,
    items: o.items,
    note: o.note,
    hasEmail: o.hasEmail,
    acceptsMarketing: o.acceptsMarketing,
    customerGid: o.customer?.customerGid ?? null,
    customerName: o.customer?.displayName ?? null,
    customerTags: o.customer?.tags ?? [],
  };
}

/**
 * The one way an order enters the count, from a webhook or from reconciliation: idempotent,
 * so an order seen twice (any mix of the two) keeps its one number. Returns its sequence.
 */
export async function ingestOrder(
  deps: IntakeDeps,
  shop: string,
  order: OrderSnapshot,
): Promise<number | null> {
  const settings = await deps.shops.ensureShop(shop);
  const reason = notCountedReason(order, settings.posOrders);
  const facts = toFactsDoc(order);
  let sequence: number | null = null;
  if (reason === null) {
    const numbered = await deps.numbering.number(shop, facts);
    sequence = numbered.sequence;
    if (numbered.created) deps.metrics.ordersCounted.inc();
  } else if (await insertUncounted(deps, shop, order, facts, reason)) {
    deps.metrics.ordersNotCounted.inc({reason});
  }
  if (!order.test && !order.cancelledAt && asksQuestion(order.note))
    await recordQuestion(deps, shop, facts, sequence, settings);
  if (sequence !== null) await deps.cadence.kick(shop);
  return sequence;
}

/** Stores an order that is not counted; false when it was already stored (a second event for it). */
async function insertUncounted(
  deps: IntakeDeps,
  shop: string,
  order: OrderSnapshot,
  facts: OrderFactsDoc,
  reason: NotCountedReason,
) {
  try {
    await deps.models.UncountedOrder.create({
      _id: orderKey(shop, order.orderGid),
      shop,
      ...facts,
      test: order.test,
      notCountedReason: reason,
    });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** "An answer beats an interaction": a question in the order note is a task whatever the cadence. */
async function recordQuestion(
  deps: IntakeDeps,
  shop: string,
  facts: OrderFactsDoc,
  sequence: number | null,
  settings: ShopSettings,
) {
  const team =
    settings.assignment === 'none'
      ? []
      : (await deps.models.Staff.find({shop, active: true}, {_id: 1}).lean()).map((s) =>
          String(s._id),
        );
  await deps.touches.record([
    {
      shop,
      dedupeKey: `question:${facts.orderGid}`,
      kind: 'answer_question',
      status: 'open',
      skipReason: null,
      ruleId: null,
      slot: null,
      orderGid: facts.orderGid,
      orderName: facts.name,
      sequence,
      orderCreatedAt: facts.orderCreatedAt,
      customerGid: facts.customerGid,
      customerName: facts.customerName,
      dueAt: dueAfter(facts.orderCreatedAt, settings.dueWithinHours),
      assignee: chooseAssignee(settings, team, 'answer_question', turnOf(sequence, facts.orderGid)),
      request: packerRequest(facts.note),
    },
  ]);
}
