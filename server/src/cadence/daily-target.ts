import type {CadenceRule, DailyTargetState} from './types';

/** N for "about `target` touches a day": trailing average daily volume / target, never below 1. */
export function deriveDailyN(trailing: {orders: number; days: number}, target: number): number {
  if (trailing.days <= 0 || trailing.orders <= 0 || target <= 0) return 1;
  return Math.max(1, Math.round(trailing.orders / trailing.days / target));
}

/**
 * One counted order through a daily-target rule: a new day re-derives N and resets the
 * tallies; the rule fires every N orders, at most `target` times a day (so a shop with no
 * history yet gets its first `target` orders touched, then none until tomorrow).
 */
export function stepDailyTarget(
  rule: CadenceRule,
  entry: DailyTargetState | undefined,
  day: string,
  trailing: {orders: number; days: number},
): {entry: DailyTargetState; slot: string | null} {
  const target = rule.dailyTarget ?? 1;
  const base: DailyTargetState =
    entry && entry.day === day
      ? entry
      : {ruleId: rule.id, day, n: deriveDailyN(trailing, target), seenToday: 0, firedToday: 0};
  const seenToday = base.seenToday + 1;
  const fires = seenToday % base.n === 0 && base.firedToday < target;
  const firedToday = base.firedToday + (fires ? 1 : 0);
  return {entry: {...base, seenToday, firedToday}, slot: fires ? `${day}#${firedToday}` : null};
}
