import { deriveDailyN } from '../daily-target';
import type { CadenceRule } from '../types';
import { run } from './run-orders';

describe('daily target', () => {
  it.each([
    [{ orders: 560, days: 7 }, 8, 10],
    [{ orders: 70, days: 7 }, 8, 1],
    [{ orders: 7000, days: 7 }, 8, 125],
    [{ orders: 60, days: 3 }, 4, 5],
    [{ orders: 0, days: 7 }, 8, 1],
    [{ orders: 100, days: 0 }, 8, 1],
  ])('when the trailing volume is %j and the target %i a day, then N is %i', (trailing, target, n) => {
    expect(deriveDailyN(trailing, target)).toBe(n);
  });

  const rules: CadenceRule[] = [{ id: 'd', kind: 'sticker_note', type: 'daily_target', dailyTarget: 8, priority: 1, enabled: true, conditions: {} }];

  it('when a shop averages 80 orders a day, then about 8 of its 80 orders today are touched (every 10th)', () => {
    const { open } = run(80, { rules, trailing: { orders: 560, days: 7 } });
    expect(open.map((t) => t.sequence)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(open.map((t) => t.slot)).toEqual(Array.from({ length: 8 }, (_, i) => `2026-11-01#${i + 1}`));
  });

  it('when a new shop has no history, then its first 8 orders are touched and then none until tomorrow', () => {
    const { open } = run(30, { rules, day: (s) => (s <= 20 ? '2026-11-01' : '2026-11-02') });
    expect(open.map((t) => t.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 21, 22, 23, 24, 25, 26, 27, 28]);
  });

  it('when the day changes, then N is derived again and the tallies restart', () => {
    const { state } = run(25, { rules, trailing: { orders: 140, days: 7 }, day: (s) => (s <= 20 ? '2026-11-01' : '2026-11-02') });
    expect(state.daily).toEqual([{ ruleId: 'd', day: '2026-11-02', n: 3, seenToday: 5, firedToday: 1 }]);
  });
});
