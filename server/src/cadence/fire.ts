import { stepDailyTarget } from './daily-target';
import type { CadenceInput, DailyTargetState, PendingFiring } from './types';

/** The rules that fire on this order, and the daily-target tallies after it. */
export function newFirings(input: CadenceInput): { firings: PendingFiring[]; daily: DailyTargetState[] } {
  const { order, customer, rules, state, day, trailingVolume } = input;
  const firings: PendingFiring[] = [];
  const daily: DailyTargetState[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    let slot: string | null = null;
    if (rule.type === 'every_nth' && rule.n && order.sequence % rule.n === 0) slot = String(order.sequence / rule.n);
    if (rule.type === 'customer_nth' && order.customerGid && customer.ordinal === rule.n) slot = `customer:${order.customerGid}`;
    if (rule.type === 'daily_target') {
      const step = stepDailyTarget(rule, state.daily.find((d) => d.ruleId === rule.id), day, trailingVolume);
      daily.push(step.entry);
      slot = step.slot;
    }
    if (slot !== null) firings.push({ ruleId: rule.id, slot, firedAtSequence: order.sequence });
  }
  return { firings, daily };
}
