import type {Models} from '../db/models';
import {
  decideTouches,
  isHeldOut,
  packerRequest,
  type CadenceRule,
  type CadenceState,
  type OrderFacts,
} from '../cadence';
import type {RuleDoc} from '../rules/rule.model';
import {DEFAULT_SHOP_SETTINGS, type ShopSettings} from '../shops';
import type {NewTouch, TouchWriter} from '../touches/touches.service';
import {dueAfter} from '../util/due';
import {chooseAssignee} from '../touches/assign';
import {isWordsKind} from '../touches/stages';
import {insertIgnoringDuplicates} from '../db/insert-many';
import {
  sequenceKey,
  type CadenceStateDoc,
  type CustomerMarkDoc,
  type OrderSequenceDoc,
} from './counting.model';
import {customerFactsAt, historyFromMarks, type CustomerHistory} from './customer-history';
import {createTrailingVolume} from './trailing-volume';
import {localDay} from './local-day';
import type {CadenceFeed} from './feed';
import {holdoutSeed} from './holdout-seed';

/** At most this many counted orders are decided per pass (the lease is renewed in between). */
export const BATCH_SIZE = 500;

type Deps = {models: Models; touches: TouchWriter; feed: CadenceFeed};

export function toCadenceRule(rule: RuleDoc): CadenceRule {
  return {
    id: String(rule._id),
    kind: rule.kind,
    type: rule.type,
    n: rule.n,
    dailyTarget: rule.dailyTarget,
    priority: rule.priority,
    enabled: rule.enabled,
    conditions: rule.conditions ?? {},
  };
}

/** The counted orders right after the cursor, in sequence order and without holes. */
async function nextCounted(
  {models, feed}: Deps,
  shop: string,
  cursor: number,
): Promise<OrderSequenceDoc[]> {
  const inMemory = feed.runAfter(shop, cursor, BATCH_SIZE);
  if (inMemory.length) return inMemory;
  // Most passes that miss the feed find nothing new (the minute's safety sweep). Numbers are taken
  // without gaps, so one exact-{_id} probe of the next number says so: SQLite evaluates it without
  // FerretDB decoding every stored order (16 s at 100,000 orders), and it is an index hit on MongoDB.
  if (!(await models.OrderSequence.exists({_id: sequenceKey(shop, cursor + 1)}))) return [];
  // One pass over order_sequences per batch, not one lookup per order (docs/FERRETDB.md).
  const docs = await models.OrderSequence.find({
    shop,
    sequence: {$gt: cursor, $lte: cursor + BATCH_SIZE},
  }).lean<OrderSequenceDoc[]>();
  docs.sort((a, b) => a.sequence - b.sequence);
  const run: OrderSequenceDoc[] = [];
  for (const doc of docs) {
    if (doc.sequence !== cursor + run.length + 1) break;
    run.push(doc);
  }
  return run;
}

/** Customer histories: the lease holder's cache when still valid, else every mark of the shop, once. */
async function loadHistories(
  {models, feed}: Deps,
  shop: string,
  cursor: number,
): Promise<Map<string, CustomerHistory>> {
  const cached = feed.histories(shop, cursor);
  if (cached) return cached;
  const marks = await models.CustomerMark.find({shop}).lean<CustomerMarkDoc[]>();
  const byCustomer = new Map<string, CustomerMarkDoc[]>();
  for (const mark of marks)
    byCustomer.set(mark.customerGid, [...(byCustomer.get(mark.customerGid) ?? []), mark]);
  return new Map([...byCustomer].map(([gid, m]) => [gid, historyFromMarks(m)]));
}

function orderFacts(doc: OrderSequenceDoc, cancelled: Set<string>): OrderFacts {
  const f = doc.facts;
  return {
    orderGid: f.orderGid,
    sequence: doc.sequence,
    createdAt: new Date(f.orderCreatedAt),
    totalPrice: f.totalPrice,
    currency: f.currency,
    sourceName: f.sourceName,
    countryCode: f.countryCode,
    customerGid: f.customerGid,
    customerTags: f.customerTags ?? [],
    hasEmail: f.hasEmail,
    acceptsMarketing: f.acceptsMarketing,
    cancelled: cancelled.has(f.orderGid),
  };
}

export interface BatchResult {
  cursor: number;
  state: CadenceState;
}

/**
 * Decides the next counted orders of a shop in sequence order, writes their touches and
 * customer marks (idempotently), then moves the cursor with the lease still held. A crash
 * anywhere before the cursor moves just repeats the same decisions.
 */
export async function runCadenceBatch(
  deps: Deps,
  shop: string,
  state: CadenceStateDoc,
  owner: string,
  leaseMs: number,
) {
  const {models} = deps;
  const batch = await nextCounted(deps, shop, state.cursor);
  if (batch.length === 0) return null;
  const shopDoc = await models.Shop.findById(shop).lean();
  const settings: ShopSettings = {...DEFAULT_SHOP_SETTINGS, ...shopDoc!.settings};
  const ruleDocs = await models.Rule.find({shop}).lean<RuleDoc[]>();
  const rules = ruleDocs.map(toCadenceRule);
  // Cards and sticker notes record how their words reach the customer (the rule's "printed note").
  const mediumOf = new Map(ruleDocs.map((r) => [String(r._id), r.medium ?? 'pen']));
  const team = (await models.Staff.find({shop, active: true}, {_id: 1}).lean()).map((s) =>
    String(s._id),
  );
  const cancelled = new Set(
    (await models.OrderCancellation.find({shop}).lean()).map((c) => c.orderGid),
  );
  const histories = await loadHistories(deps, shop, state.cursor);
  const trailing = createTrailingVolume(models, shop);
  const seed = await holdoutSeed(models, shop);
  let carried: CadenceState = {pending: state.pending ?? [], daily: state.daily ?? []};
  let turn = state.turn ?? 0;
  const touches: NewTouch[] = [];
  const marks: CustomerMarkDoc[] = [];
  for (const doc of batch) {
    const order = orderFacts(doc, cancelled);
    const day = localDay(order.createdAt, settings.timezone);
    if (order.customerGid && !histories.has(order.customerGid))
      histories.set(order.customerGid, historyFromMarks([]));
    const history = order.customerGid ? histories.get(order.customerGid) : undefined;
    const out = decideTouches({
      order,
      customer: customerFactsAt(history, doc.sequence, cancelled),
      rules,
      settings,
      state: carried,
      trailingVolume: await trailing.before(day, rules, carried),
      day,
    });
    carried = out.state;
    let opened = false;
    for (const t of out.touches) {
      const dedupeKey = `rule:${t.ruleId}:${t.slot}:${order.orderGid}`;
      // Drawn here, once: the stored touch keeps its status, and a repeat of this batch draws the same.
      const status =
        t.status === 'open' && isHeldOut(seed, dedupeKey, t.kind, settings.holdoutPercent)
          ? 'held_out'
          : t.status;
      opened ||= status === 'open';
      touches.push({
        shop,
        dedupeKey,
        kind: t.kind,
        status,
        skipReason: t.skipReason ?? null,
        ruleId: t.ruleId,
        slot: t.slot,
        orderGid: order.orderGid,
        orderName: doc.facts.name,
        sequence: doc.sequence,
        orderCreatedAt: order.createdAt,
        customerGid: order.customerGid,
        customerName: doc.facts.customerName,
        dueAt: dueAfter(order.createdAt, settings.dueWithinHours),
        assignee: status === 'open' ? chooseAssignee(settings, team, t.kind, turn) : null,
        request: packerRequest(doc.facts.note),
        medium: isWordsKind(t.kind) ? (mediumOf.get(t.ruleId) ?? 'pen') : null,
      });
      // A held-out customer counts as touched for the frequency cap, so the two groups are
      // treated alike afterwards and the next rule doesn't touch the held-out one instead.
      if (t.status === 'open' && history && order.customerGid) {
        history.touches.set(dedupeKey, {
          sequence: doc.sequence,
          at: order.createdAt,
          orderGid: order.orderGid,
        });
        marks.push(
          mark(shop, order.customerGid, 'touch', doc.sequence, order.createdAt, dedupeKey),
        );
      }
    }
    if (opened) turn++;
    if (history && order.customerGid) {
      history.orderSequences.add(doc.sequence);
      marks.push(mark(shop, order.customerGid, 'order', doc.sequence, order.createdAt, null));
    }
  }
  await deps.touches.record(touches);
  await insertIgnoringDuplicates(models.CustomerMark, marks);
  const last = batch[batch.length - 1]!.sequence;
  const moved = await models.CadenceState.updateOne(
    {_id: shop, leaseOwner: owner, cursor: state.cursor},
    {
      $set: {
        cursor: last,
        pending: carried.pending,
        daily: carried.daily,
        turn,
        leaseUntil: new Date(Date.now() + leaseMs),
      },
    },
  );
  if (moved.matchedCount === 0) {
    deps.feed.forgetShop(shop);
    throw new Error(`cadence lease for ${shop} was lost`);
  }
  deps.feed.keepHistories(shop, last, histories);
  deps.feed.consumed(shop, last, state.cursor + 1);
  return {
    cursor: last,
    state: carried,
    turn,
    orderGids: batch.map((d) => d.facts.orderGid),
    cancelledBefore: cancelled,
  };
}

function mark(
  shop: string,
  customerGid: string,
  type: CustomerMarkDoc['type'],
  sequence: number,
  at: Date,
  touchKey: string | null,
): CustomerMarkDoc {
  const ref = type === 'order' ? String(sequence) : touchKey;
  return {
    _id: `${shop}|${customerGid}|${type}|${ref}`,
    shop,
    customerGid,
    type,
    sequence,
    at,
    touchKey,
  };
}
