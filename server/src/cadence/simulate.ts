import {decideTouches} from './decide';
import type {CadenceRule, CadenceSettings, CadenceState, OrderFacts, TouchKind} from './types';

/** Rough minutes of a person's time per touch, for the capacity estimate (editable later per shop). */
export const MINUTES_PER_TOUCH: Record<TouchKind, number> = {
  team_photo: 2,
  handwritten_card: 6,
  personal_email: 8,
  gift_card: 3,
  free_gift: 3,
  sticker_note: 3,
  phone_call: 10,
  answer_question: 5,
};

export interface SimulationInput {
  /** Counted orders in sequence order (real ones, or a what-if stream). */
  orders: OrderFacts[];
  rules: (CadenceRule & {giftAmount?: number})[];
  settings: CadenceSettings;
  /** Calendar days the orders span (at least 1). */
  days: number;
  /** The order's local day (YYYY-MM-DD). */
  dayOf: (order: OrderFacts) => string;
}

export interface SimulationResult {
  days: number;
  ordersPerDay: number;
  touchesPerDay: Partial<Record<TouchKind, number>>;
  skippedPerDay: number;
  staffMinutesPerDay: number;
  giftSpendPerDay: number;
}

const perDay = (n: number, days: number) => Math.round((n / days) * 100) / 100;

/**
 * "Do your own math": replays orders through the real cadence engine with a rule set that
 * has not been saved, so the merchant sees touches a day, minutes of work and gift spend first.
 * Customer history is what the replayed orders themselves build up.
 */
export function simulate({
  orders,
  rules,
  settings,
  days,
  dayOf,
}: SimulationInput): SimulationResult {
  let state: CadenceState = {pending: [], daily: []};
  const history = new Map<string, {orders: number; lastTouchedAt: Date | null}>();
  const counts: Partial<Record<TouchKind, number>> = {};
  let skipped = 0;
  let giftSpend = 0;
  const gifts = new Map(rules.map((r) => [r.id, r.giftAmount ?? 0]));
  const volume = {orders: orders.length, days};
  for (const order of orders) {
    const h = order.customerGid
      ? (history.get(order.customerGid) ?? {orders: 0, lastTouchedAt: null})
      : null;
    const out = decideTouches({
      order,
      customer: {ordinal: (h?.orders ?? 0) + 1, lastTouchedAt: h?.lastTouchedAt ?? null},
      rules,
      settings,
      state,
      trailingVolume: volume,
      day: dayOf(order),
    });
    state = out.state;
    for (const t of out.touches) {
      if (t.status !== 'open') {
        skipped++;
        continue;
      }
      counts[t.kind] = (counts[t.kind] ?? 0) + 1;
      giftSpend += gifts.get(t.ruleId) ?? 0;
      if (h) h.lastTouchedAt = order.createdAt;
    }
    if (h && order.customerGid) history.set(order.customerGid, {...h, orders: h.orders + 1});
  }
  const minutes = Object.entries(counts).reduce(
    (sum, [kind, n]) => sum + MINUTES_PER_TOUCH[kind as TouchKind] * (n ?? 0),
    0,
  );
  return {
    days,
    ordersPerDay: perDay(orders.length, days),
    touchesPerDay: Object.fromEntries(
      Object.entries(counts).map(([k, n]) => [k, perDay(n ?? 0, days)]),
    ),
    skippedPerDay: perDay(skipped, days),
    staffMinutesPerDay: perDay(minutes, days),
    giftSpendPerDay: perDay(giftSpend, days),
  };
}
