import {DEFAULT_CADENCE_SETTINGS} from '../defaults';
import {simulate} from '../simulate';
import type {CadenceRule} from '../types';
import {defaultRules, order} from './run-orders';

const dayOf = (o: {createdAt: Date}) => o.createdAt.toISOString().slice(0, 10);
const thirtyDays = (perDay: number) =>
  Array.from({length: perDay * 30}, (_, i) =>
    order(i + 1, {createdAt: new Date(Date.UTC(2026, 9, 1 + Math.floor(i / perDay), 12))}),
  );

describe('the rule simulator', () => {
  it('when 10 orders a day meet the default rules, then a team photo a day, a card every other day and the email gift spend show', () => {
    const rules = defaultRules().map((r) => ({
      ...r,
      giftAmount: r.kind === 'personal_email' ? 10 : undefined,
    }));
    const result = simulate({
      orders: thirtyDays(10),
      rules,
      settings: DEFAULT_CADENCE_SETTINGS,
      days: 30,
      dayOf,
    });
    expect(result).toEqual({
      days: 30,
      ordersPerDay: 10,
      touchesPerDay: {team_photo: 1, handwritten_card: 0.5, personal_email: 0.2, free_gift: 0.1},
      skippedPerDay: 0,
      staffMinutesPerDay: 6.9,
      giftSpendPerDay: 2,
    });
  });

  it('when a daily target of 3 meets 40 orders a day, then about three touches a day come out', () => {
    const rules: CadenceRule[] = [
      {
        id: 'd',
        kind: 'sticker_note',
        type: 'daily_target',
        dailyTarget: 3,
        priority: 1,
        enabled: true,
        conditions: {},
      },
    ];
    const result = simulate({
      orders: thirtyDays(40),
      rules,
      settings: DEFAULT_CADENCE_SETTINGS,
      days: 30,
      dayOf,
    });
    expect(result.touchesPerDay.sticker_note).toBe(3);
  });

  it('when the same few customers order again and again, then the frequency cap shows up as skips', () => {
    const orders = thirtyDays(10).map((o) => ({
      ...o,
      customerGid: `gid://shopify/Customer/${o.sequence % 3}`,
    }));
    const result = simulate({
      orders,
      rules: defaultRules(),
      settings: DEFAULT_CADENCE_SETTINGS,
      days: 30,
      dayOf,
    });
    expect(result.skippedPerDay).toBeGreaterThan(0);
    expect(result.touchesPerDay.team_photo ?? 0).toBeLessThan(1);
  });
});
