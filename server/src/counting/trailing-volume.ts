import type {Models} from '../db/models';
import type {CadenceRule, CadenceState} from '../cadence';
import {dayStart} from './local-day';

const NONE = {orders: 0, days: 0};

/**
 * Counted orders in the 7 days before a day, for daily-target rules. Read only when such a
 * rule needs a new N (once per rule per day), since on FerretDB v1 it is a full scan.
 */
export function createTrailingVolume(models: Models, shop: string) {
  const cache = new Map<string, {orders: number; days: number}>();
  return {
    async before(day: string, rules: CadenceRule[], state: CadenceState) {
      const needs = rules.some(
        (r) =>
          r.enabled &&
          r.type === 'daily_target' &&
          state.daily.find((d) => d.ruleId === r.id)?.day !== day,
      );
      if (!needs) return NONE;
      const cached = cache.get(day);
      if (cached) return cached;
      const from = dayStart(day, -7);
      const to = dayStart(day);
      const dates = await models.OrderSequence.find(
        {shop, 'facts.orderCreatedAt': {$gte: from, $lt: to}},
        {'facts.orderCreatedAt': 1},
      ).lean<{facts: {orderCreatedAt: Date}}[]>();
      const days = new Set(
        dates.map((d) => new Date(d.facts.orderCreatedAt).toISOString().slice(0, 10)),
      );
      const first = dates.reduce<number>(
        (min, d) => Math.min(min, +new Date(d.facts.orderCreatedAt)),
        +to,
      );
      const historyDays = dates.length ? Math.min(7, Math.ceil((+to - first) / 86_400_000)) : 0;
      const volume = {orders: dates.length, days: Math.max(historyDays, days.size)};
      cache.set(day, volume);
      return volume;
    },
  };
}
