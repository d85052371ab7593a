import {deriveDailyN, stepDailyTarget} from '../daily-target';
import type {CadenceRule, DailyTargetState} from '../types';
import {run} from './run-orders';

const rule: CadenceRule = {
  id: 'd',
  kind: 'sticker_note',
  type: 'daily_target',
  dailyTarget: 8,
  priority: 1,
  enabled: true,
  conditions: {},
};
const rules = [rule];
const twoDays = (s: number) => (s <= 20 ? '2026-11-01' : '2026-11-02');

describe('deriveDailyN', () => {
  it.each([
    [{orders: 560, days: 7}, 8, 10],
    [{orders: 70, days: 7}, 8, 1],
    [{orders: 7, days: 7}, 8, 1],
    [{orders: 7000, days: 7}, 8, 125],
    [{orders: 60, days: 3}, 4, 5],
    [{orders: 140, days: 7}, 8, 3],
    [{orders: 130, days: 7}, 8, 2],
    [{orders: 0, days: 7}, 8, 1],
    [{orders: 100, days: 0}, 8, 1],
    [{orders: 100, days: 7}, 0, 1],
  ])(
    'when the trailing volume is %j and the target %i a day, then N is %i',
    (trailing, target, n) => {
      expect(deriveDailyN(trailing, target)).toBe(n);
    },
  );
});

describe('stepDailyTarget', () => {
  const today = (over: Partial<DailyTargetState>): DailyTargetState => ({
    ruleId: 'd',
    day: '2026-11-01',
    n: 3,
    seenToday: 0,
    firedToday: 0,
    ...over,
  });
  const trailing = {orders: 560, days: 7};

  it.each<[string, DailyTargetState | undefined, string, DailyTargetState, string | null]>([
    ['no entry yet', undefined, '2026-11-01', today({n: 10, seenToday: 1}), null],
    [
      'the 3rd order of the day with N=3',
      today({seenToday: 2}),
      '2026-11-01',
      today({seenToday: 3, firedToday: 1}),
      '2026-11-01#1',
    ],
    [
      'the 4th order of the day with N=3',
      today({seenToday: 3, firedToday: 1}),
      '2026-11-01',
      today({seenToday: 4, firedToday: 1}),
      null,
    ],
    [
      'a due order after the ceiling',
      today({seenToday: 26, firedToday: 8}),
      '2026-11-01',
      today({seenToday: 27, firedToday: 8}),
      null,
    ],
    [
      'a new day',
      today({seenToday: 29, firedToday: 8}),
      '2026-11-02',
      {...today({n: 10, seenToday: 1}), day: '2026-11-02'},
      null,
    ],
  ])('when it sees %s, then its tallies and its slot follow', (_name, entry, day, after, slot) => {
    expect(stepDailyTarget(rule, entry, day, trailing)).toEqual({entry: after, slot});
  });
});

describe('daily target over a run of orders', () => {
  it('when a shop averages 80 orders a day, then 8 of its 80 orders today are touched (every 10th)', () => {
    const {open} = run(80, {rules, trailing: {orders: 560, days: 7}});
    expect(open.map((t) => t.sequence)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(open.map((t) => t.slot)).toEqual(
      Array.from({length: 8}, (_, i) => `2026-11-01#${i + 1}`),
    );
  });

  it('when a new shop has no history, then its first 8 orders are touched and then none until tomorrow', () => {
    const {open} = run(30, {rules, day: twoDays});
    expect(open.map((t) => t.sequence)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 21, 22, 23, 24, 25, 26, 27, 28,
    ]);
    expect(open.map((t) => t.slot).slice(7, 9)).toEqual(['2026-11-01#8', '2026-11-02#1']);
  });

  it('when a busy day outruns the estimate, then the target still caps the day', () => {
    const {open} = run(40, {rules, trailing: {orders: 112, days: 7}});
    expect(open.map((t) => t.sequence)).toEqual([2, 4, 6, 8, 10, 12, 14, 16]);
  });

  it('when the day changes, then N is derived again and the tallies restart', () => {
    const {state} = run(25, {rules, trailing: {orders: 140, days: 7}, day: twoDays});
    expect(state.daily).toEqual([
      {ruleId: 'd', day: '2026-11-02', n: 3, seenToday: 5, firedToday: 1},
    ]);
  });

  it('when the rule is switched off and on the same day, then it does not get a second day’s worth', () => {
    const first = run(8, {rules});
    expect(first.open).toHaveLength(8);
    const off = run(2, {rules: [{...rule, enabled: false}], state: first.state, from: 9});
    expect(off.steps).toEqual([]);
    expect(off.state.daily).toEqual(first.state.daily);
    expect(run(5, {rules, state: off.state, from: 11}).open).toEqual([]);
  });

  it('when the rule is deleted, then its tallies leave the state', () => {
    const {state} = run(3, {rules});
    expect(run(1, {rules: [], state, from: 4}).state.daily).toEqual([]);
  });
});
