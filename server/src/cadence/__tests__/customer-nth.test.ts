import type {CadenceRule} from '../types';
import {run} from './run-orders';

describe("a customer's Nth order", () => {
  const rules: CadenceRule[] = [
    {
      id: 'first',
      kind: 'handwritten_card',
      type: 'customer_nth',
      n: 1,
      priority: 5,
      enabled: true,
      conditions: {},
    },
  ];

  it('when customers place their first order, then each gets the card; later orders do not', () => {
    const {open} = run(4, {rules, customer: (s) => ({ordinal: s <= 2 ? 1 : 2})});
    expect(open.map((t) => [t.sequence, t.slot])).toEqual([
      [1, 'customer:gid://shopify/Customer/1'],
      [2, 'customer:gid://shopify/Customer/2'],
    ]);
  });

  it('when a customer places their 5th order, then a 5th-order rule fires on it alone', () => {
    const fifth: CadenceRule[] = [{...rules[0]!, id: 'fifth', n: 5}];
    const {open} = run(6, {
      rules: fifth,
      customer: (s) => ({ordinal: s}),
      order: () => ({customerGid: 'gid://shopify/Customer/7'}),
    });
    expect(open.map((t) => [t.sequence, t.slot])).toEqual([
      [5, 'customer:gid://shopify/Customer/7'],
    ]);
  });

  it('when the first order is ineligible, then the skip is recorded and it never rolls to someone else', () => {
    const {open, skipped, state} = run(3, {
      rules,
      customer: (s) => ({ordinal: s === 1 ? 1 : 2}),
      order: (s) => (s === 1 ? {cancelled: true} : {}),
    });
    expect(skipped.map((t) => [t.sequence, t.skipReason])).toEqual([[1, 'order_cancelled']]);
    expect(open).toEqual([]);
    expect(state.pending).toEqual([]);
  });

  it('when only one touch per order is allowed and another touch won, then it is skipped and does not wait', () => {
    const both: CadenceRule[] = [
      ...rules,
      {
        id: 'photo',
        kind: 'team_photo',
        type: 'every_nth',
        n: 1,
        priority: 9,
        enabled: true,
        conditions: {},
      },
    ];
    const {open, skipped, state} = run(2, {
      rules: both,
      settings: {stacking: 'one_per_order'},
      customer: (s) => ({ordinal: s}),
    });
    expect(skipped.map((t) => [t.sequence, t.ruleId, t.skipReason])).toEqual([
      [1, 'first', 'one_touch_per_order'],
    ]);
    expect(open.map((t) => [t.sequence, t.ruleId])).toEqual([
      [1, 'photo'],
      [2, 'photo'],
    ]);
    expect(state.pending).toEqual([]);
  });

  it('when a guest checks out, then customer_nth does not fire', () => {
    expect(run(1, {rules, order: () => ({customerGid: null})}).steps).toEqual([]);
  });
});
