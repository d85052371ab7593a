import type {
  CadenceRule,
  CadenceSettings,
  CustomerFacts,
  OrderFacts,
  RuleConditions,
  SkipReason,
} from './types';

const DAY_MS = 86_400_000;
const norm = (s: string) => s.trim().toLowerCase();
const setOf = (values: readonly string[]) => new Set(values.map(norm));

/** True when every condition the rule sets holds for this order; an empty list sets nothing. */
export function meetsConditions(
  c: RuleConditions,
  order: OrderFacts,
  customer: CustomerFacts,
): boolean {
  if (c.minOrderValue !== undefined && order.totalPrice < c.minOrderValue) return false;
  if (c.maxOrderValue !== undefined && order.totalPrice > c.maxOrderValue) return false;
  if (c.channels?.length && !setOf(c.channels).has(norm(order.sourceName))) return false;
  // An order with no known country cannot prove it is in an allowed one.
  if (
    c.countries?.length &&
    (order.countryCode === null || !setOf(c.countries).has(norm(order.countryCode)))
  ) {
    return false;
  }
  if (c.customerTags?.length) {
    const tags = setOf(order.customerTags);
    if (!c.customerTags.some((t) => tags.has(norm(t)))) return false;
  }
  if (c.firstTimeCustomer && customer.ordinal !== 1) return false;
  return true;
}

/**
 * The cap looks only at touches on the customer's earlier orders, so the touches of one order
 * stack; a guest has no history to look at and is never capped.
 */
function withinFrequencyCap(
  order: OrderFacts,
  customer: CustomerFacts,
  settings: CadenceSettings,
): boolean {
  if (
    settings.frequencyCapDays <= 0 ||
    order.customerGid === null ||
    customer.lastTouchedAt === null
  )
    return false;
  return (
    order.createdAt.getTime() - customer.lastTouchedAt.getTime() <
    settings.frequencyCapDays * DAY_MS
  );
}

/**
 * Why this rule's touch may not go on this order, or null when it may (docs/PRODUCT.md "Exceptions
 * and respect"). The checks run in a fixed order so the recorded reason is predictable.
 */
export function skipReasonFor(
  rule: CadenceRule,
  order: OrderFacts,
  customer: CustomerFacts,
  settings: CadenceSettings,
): SkipReason | null {
  if (order.cancelled) return 'order_cancelled';
  if (order.sourceName === 'pos' && settings.posOrders === 'count_not_touch') return 'pos_order';
  if (!meetsConditions(rule.conditions, order, customer)) return 'condition_not_met';
  const needsEmail = rule.kind === 'personal_email' || rule.kind === 'gift_card';
  if (needsEmail && !order.hasEmail) return 'no_email';
  if (rule.kind === 'personal_email' && settings.requireEmailConsent && !order.acceptsMarketing) {
    return 'no_marketing_consent';
  }
  if (withinFrequencyCap(order, customer, settings)) return 'frequency_cap';
  return null;
}
