import type { CadenceRule, CadenceSettings, CustomerFacts, OrderFacts, RuleConditions, SkipReason } from './types';

const DAY_MS = 86_400_000;
const norm = (s: string) => s.trim().toLowerCase();

/** True when every condition the rule sets holds for this order. */
export function meetsConditions(c: RuleConditions, order: OrderFacts, customer: CustomerFacts): boolean {
  if (c.minOrderValue !== undefined && order.totalPrice < c.minOrderValue) return false;
  if (c.maxOrderValue !== undefined && order.totalPrice > c.maxOrderValue) return false;
  if (c.channels?.length && !c.channels.map(norm).includes(norm(order.sourceName))) return false;
  if (c.countries?.length && !(order.countryCode && c.countries.map((x) => x.toUpperCase()).includes(order.countryCode.toUpperCase()))) return false;
  if (c.customerTags?.length) {
    const tags = new Set(order.customerTags.map(norm));
    if (!c.customerTags.some((t) => tags.has(norm(t)))) return false;
  }
  if (c.firstTimeCustomer && customer.ordinal !== 1) return false;
  return true;
}

/** Why this rule's touch may not go on this order, or null when it may (PRODUCT.md "Exceptions and respect"). */
export function skipReasonFor(rule: CadenceRule, order: OrderFacts, customer: CustomerFacts, settings: CadenceSettings): SkipReason | null {
  if (order.cancelled) return 'order_cancelled';
  if (order.sourceName === 'pos' && settings.posOrders === 'count_not_touch') return 'pos_order';
  if (!meetsConditions(rule.conditions, order, customer)) return 'condition_not_met';
  const needsEmail = rule.kind === 'personal_email' || rule.kind === 'gift_card';
  if (needsEmail && !order.hasEmail) return 'no_email';
  if (rule.kind === 'personal_email' && settings.requireEmailConsent && !order.acceptsMarketing) return 'no_marketing_consent';
  if (
    settings.frequencyCapDays > 0 &&
    order.customerGid &&
    customer.lastTouchedAt &&
    order.createdAt.getTime() - customer.lastTouchedAt.getTime() < settings.frequencyCapDays * DAY_MS
  ) {
    return 'frequency_cap';
  }
  return null;
}
