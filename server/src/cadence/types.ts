/** The kinds of human touch (PRODUCT.md public contract). */
export type TouchKind =
  | 'team_photo'
  | 'handwritten_card'
  | 'personal_email'
  | 'gift_card'
  | 'free_gift'
  | 'sticker_note'
  | 'phone_call'
  | 'answer_question';

export const TOUCH_KINDS: readonly TouchKind[] = [
  'team_photo',
  'handwritten_card',
  'personal_email',
  'gift_card',
  'free_gift',
  'sticker_note',
  'phone_call',
  'answer_question',
];

/** Touch statuses (PRODUCT.md public contract). */
export type TouchStatus = 'open' | 'done' | 'skipped' | 'held_out';

/** Why a rule firing did not become an open touch on the order it fired on. */
export type SkipReason =
  | 'frequency_cap'
  | 'no_email'
  | 'no_marketing_consent'
  | 'pos_order'
  | 'order_cancelled'
  /** A box touch whose order shipped before it was packed (orders/fulfilled). */
  | 'already_shipped'
  | 'condition_not_met'
  | 'one_touch_per_order'
  | 'not_customer_order';

/** How a rule decides that it fires. */
export type RuleType = 'every_nth' | 'customer_nth' | 'daily_target';

/** Optional filters that make an order eligible for a rule's touch. All set ones must hold. */
export interface RuleConditions {
  /** Inclusive lower bound on the order total, in the shop's currency. */
  minOrderValue?: number;
  /** Inclusive upper bound on the order total, in the shop's currency. */
  maxOrderValue?: number;
  /** Allowed `source_name` values (e.g. `web`, `pos`, `shopify_draft_order`). */
  channels?: string[];
  /** Allowed ISO 3166-1 alpha-2 shipping (else billing) countries. */
  countries?: string[];
  /** The customer must carry at least one of these tags (case-insensitive). */
  customerTags?: string[];
  /** Only the customer's first order with the shop. */
  firstTimeCustomer?: boolean;
}

/** A cadence rule as the engine sees it (plain data, no database types). */
export interface CadenceRule {
  id: string;
  kind: TouchKind;
  type: RuleType;
  /** every_nth: every Nth counted order; customer_nth: the customer's Nth order. */
  n?: number;
  /** daily_target: about this many touches a day. */
  dailyTarget?: number;
  /** Higher wins when only one touch per order is allowed. */
  priority: number;
  enabled: boolean;
  conditions: RuleConditions;
}

export type StackingPolicy = 'stack' | 'one_per_order';
export type PosPolicy = 'ignore' | 'count_not_touch' | 'count_and_touch';

/** Shop settings the cadence engine reads. */
export interface CadenceSettings {
  stacking: StackingPolicy;
  /** A customer touched within this many days is not touched again (0 = no cap). */
  frequencyCapDays: number;
  /** `ignore`: POS orders are not counted at all (default). */
  posOrders: PosPolicy;
  /** personal_email touches need `buyer_accepts_marketing`. */
  requireEmailConsent: boolean;
}

/** The facts about one counted order that the cadence engine decides on. */
export interface OrderFacts {
  /** Admin GraphQL id, e.g. gid://shopify/Order/123. */
  orderGid: string;
  /** The order's position in the shop's count (1-based). */
  sequence: number;
  createdAt: Date;
  totalPrice: number;
  currency: string;
  sourceName: string;
  /** ISO alpha-2, shipping address first, else billing; null when unknown. */
  countryCode: string | null;
  customerGid: string | null;
  customerTags: string[];
  hasEmail: boolean;
  acceptsMarketing: boolean;
  /** Cancelled by the time the engine looks at it. */
  cancelled: boolean;
}

/** What the engine knows about the order's customer, from orders before this one. */
export interface CustomerFacts {
  /** 1 for the customer's first counted order, 2 for the second, ... */
  ordinal: number;
  /** When the customer last had an open or done touch on an earlier order; null if never. */
  lastTouchedAt: Date | null;
}

/** A rule firing that could not be placed yet and rolls to the next eligible order. */
export interface PendingFiring {
  ruleId: string;
  /** Identifies the firing; with ruleId it is unique per shop. */
  slot: string;
  /** The sequence of the order the rule fired on. */
  firedAtSequence: number;
}

/** Daily-target bookkeeping per rule, carried from order to order. */
export interface DailyTargetState {
  ruleId: string;
  /** Local calendar day (YYYY-MM-DD) this N was derived for. */
  day: string;
  /** Fire every N counted orders. Never below 1. */
  n: number;
  /** Counted orders seen today for this rule, including the current one once processed. */
  seenToday: number;
  /** Firings today (capped at the daily target). */
  firedToday: number;
}

/** Carried state of a shop's cadence between orders (stored with the cadence cursor). */
export interface CadenceState {
  pending: PendingFiring[];
  daily: DailyTargetState[];
}

/** One touch the engine wants written for this order. */
export interface TouchDecision {
  ruleId: string;
  kind: TouchKind;
  slot: string;
  status: 'open' | 'skipped';
  skipReason?: SkipReason;
}

/** Input of one cadence step: one counted order, in sequence order. */
export interface CadenceInput {
  order: OrderFacts;
  customer: CustomerFacts;
  rules: CadenceRule[];
  settings: CadenceSettings;
  state: CadenceState;
  /**
   * Trailing 7-day counted-order volume before the order's day, and how many of those
   * days the shop had history for; used only when a daily_target rule needs a new N.
   */
  trailingVolume: {orders: number; days: number};
  /** The order's local calendar day, YYYY-MM-DD (the caller applies the shop's time zone). */
  day: string;
}

export interface CadenceOutput {
  touches: TouchDecision[];
  state: CadenceState;
}
