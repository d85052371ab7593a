import {stepDailyTarget} from './daily-target';
import type {CadenceInput, CadenceRule, DailyTargetState, PendingFiring} from './types';

const isCount = (n: number | undefined): n is number =>
  n !== undefined && Number.isInteger(n) && n >= 1;

/** The slot of an every_nth or customer_nth firing on this order, or null when the rule does not fire. */
function countedSlot(rule: CadenceRule, input: CadenceInput): string | null {
  const {order, customer} = input;
  if (!isCount(rule.n)) return null;
  if (rule.type === 'every_nth')
    return order.sequence % rule.n === 0 ? String(order.sequence / rule.n) : null;
  if (rule.type === 'customer_nth' && order.customerGid !== null && customer.ordinal === rule.n) {
    return `customer:${order.customerGid}`;
  }
  return null;
}

/**
 * Tallies of switched-off daily-target rules are kept, so switching a rule off and on again
 * the same day cannot lift it over its daily ceiling; tallies of deleted rules are dropped.
 */
function keptDaily(input: CadenceInput): DailyTargetState[] {
  const idle = new Set(
    input.rules.filter((r) => !r.enabled && r.type === 'daily_target').map((r) => r.id),
  );
  return input.state.daily.filter((d) => idle.has(d.ruleId));
}

/** The enabled rules that fire on this order, and the daily-target tallies after it. */
export function newFirings(input: CadenceInput): {
  firings: PendingFiring[];
  daily: DailyTargetState[];
} {
  const firings: PendingFiring[] = [];
  const daily = keptDaily(input);
  for (const rule of input.rules) {
    if (!rule.enabled) continue;
    let slot = countedSlot(rule, input);
    if (rule.type === 'daily_target') {
      const entry = input.state.daily.find((d) => d.ruleId === rule.id);
      const step = stepDailyTarget(rule, entry, input.day, input.trailingVolume);
      daily.push(step.entry);
      slot = step.slot;
    }
    if (slot !== null) firings.push({ruleId: rule.id, slot, firedAtSequence: input.order.sequence});
  }
  return {firings, daily};
}
