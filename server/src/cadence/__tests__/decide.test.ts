import { decideTouches, MAX_PENDING_PER_RULE } from '../decide';
import { DEFAULT_CADENCE_SETTINGS } from '../defaults';
import type { CadenceRule } from '../types';
import { countBy, defaultRules, order, run } from './run-orders';

describe('every Nth order with the default rules', () => {
  it('when 1,000 eligible orders arrive, then 100 team photos, 50 cards, 20 emails and 10 gifts are opened', () => {
    const { open, skipped } = run(1000);
    expect(countBy(open, (t) => t.kind)).toEqual({ team_photo: 100, handwritten_card: 50, personal_email: 20, free_gift: 10 });
    expect(skipped).toEqual([]);
  });

  it('when order #100 arrives, then it gets all four touches stacked', () => {
    const { open } = run(100);
    expect(open.filter((t) => t.sequence === 100).map((t) => t.kind).sort()).toEqual(['free_gift', 'handwritten_card', 'personal_email', 'team_photo']);
  });

  it('when only one touch per order is allowed, then #100 gets the free gift and the others roll to 101-103 by priority', () => {
    const { open, skipped } = run(103, { settings: { stacking: 'one_per_order' } });
    expect(open.filter((t) => t.sequence >= 100).map((t) => [t.sequence, t.kind])).toEqual([
      [100, 'free_gift'], [101, 'personal_email'], [102, 'handwritten_card'], [103, 'team_photo'],
    ]);
    expect(skipped.filter((t) => t.sequence === 100).map((t) => [t.kind, t.skipReason]).sort()).toEqual([
      ['handwritten_card', 'one_touch_per_order'], ['personal_email', 'one_touch_per_order'], ['team_photo', 'one_touch_per_order'],
    ]);
  });
});

describe('rollover to the next eligible order', () => {
  it('when order #10 is within the frequency cap, then the skip is recorded there and #11 gets the team photo for slot 1', () => {
    const recent = new Date(Date.UTC(2026, 10, 1));
    const { open, skipped } = run(11, { customer: (s) => (s === 10 ? { lastTouchedAt: recent } : {}) });
    expect(skipped).toEqual([{ ruleId: 'default-team-photo', kind: 'team_photo', slot: '1', status: 'skipped', skipReason: 'frequency_cap', sequence: 10 }]);
    expect(open).toEqual([{ ruleId: 'default-team-photo', kind: 'team_photo', slot: '1', status: 'open', sequence: 11 }]);
  });

  it('when a customer was touched longer ago than the cap, then the touch goes ahead', () => {
    const longAgo = new Date(Date.UTC(2026, 8, 1));
    expect(run(10, { customer: () => ({ lastTouchedAt: longAgo }) }).open).toHaveLength(1);
  });

  it.each([
    ['no email address', { hasEmail: false }, 'no_email'],
    ['no marketing consent', { acceptsMarketing: false }, 'no_marketing_consent'],
  ])('when the 50th order has %s, then the personal email rolls to the next consenting order', (_name, facts, reason) => {
    const { open, skipped } = run(53, { order: (s) => (s === 50 || s === 51 ? facts : {}) });
    const email = (t: { kind: string }) => t.kind === 'personal_email';
    expect(skipped.filter(email).map((t) => [t.sequence, t.skipReason])).toEqual([[50, reason]]);
    expect(open.filter(email).map((t) => [t.sequence, t.slot])).toEqual([[52, '1']]);
  });

  it('when consent is not required, then an email without consent goes ahead', () => {
    const { open } = run(50, { settings: { requireEmailConsent: false }, order: () => ({ acceptsMarketing: false }) });
    expect(open.filter((t) => t.kind === 'personal_email').map((t) => t.sequence)).toEqual([50]);
  });

  it('when POS orders count but are not touched, then #10 at the counter rolls to #11', () => {
    const { open, skipped } = run(11, { settings: { posOrders: 'count_not_touch' }, order: (s) => (s === 10 ? { sourceName: 'pos' } : {}) });
    expect(skipped.map((t) => [t.sequence, t.skipReason])).toEqual([[10, 'pos_order']]);
    expect(open.map((t) => t.sequence)).toEqual([11]);
  });

  it('when the order was cancelled before its turn, then the touch rolls on', () => {
    const { open, skipped } = run(11, { order: (s) => (s === 10 ? { cancelled: true } : {}) });
    expect(skipped.map((t) => t.skipReason)).toEqual(['order_cancelled']);
    expect(open.map((t) => t.sequence)).toEqual([11]);
  });

  it(`when every order is ineligible for long, then at most ${MAX_PENDING_PER_RULE} firings per rule wait`, () => {
    const rules: CadenceRule[] = [{ id: 'r', kind: 'team_photo', type: 'every_nth', n: 2, priority: 1, enabled: true, conditions: { minOrderValue: 100 } }];
    const { state, skipped } = run(20, { rules });
    expect(skipped).toHaveLength(10);
    expect(state.pending.map((p) => p.slot)).toEqual(['8', '9', '10']);
    const next = decideTouches({ order: order(21, { totalPrice: 150 }), customer: { ordinal: 1, lastTouchedAt: null }, rules, settings: DEFAULT_CADENCE_SETTINGS, state, trailingVolume: { orders: 0, days: 0 }, day: '2026-11-01' });
    expect(next.touches).toEqual([{ ruleId: 'r', kind: 'team_photo', slot: '8', status: 'open' }]);
    expect(next.state.pending.map((p) => p.slot)).toEqual(['9', '10']);
  });

  it('when a rule is switched off, then its waiting firings are dropped', () => {
    const rules = defaultRules();
    const { state } = run(10, { rules, customer: (s) => (s === 10 ? { lastTouchedAt: new Date(Date.UTC(2026, 10, 1)) } : {}) });
    expect(state.pending).toHaveLength(1);
    const off = rules.map((r) => (r.kind === 'team_photo' ? { ...r, enabled: false } : r));
    const next = decideTouches({ order: order(11), customer: { ordinal: 1, lastTouchedAt: null }, rules: off, settings: DEFAULT_CADENCE_SETTINGS, state, trailingVolume: { orders: 0, days: 0 }, day: '2026-11-01' });
    expect(next.touches).toEqual([]);
    expect(next.state.pending).toEqual([]);
  });

  it('when the engine decides, then it never mutates the state it was given', () => {
    const state = { pending: [{ ruleId: 'default-team-photo', slot: '1', firedAtSequence: 10 }], daily: [] };
    const frozen = JSON.stringify(state);
    decideTouches({ order: order(11), customer: { ordinal: 1, lastTouchedAt: null }, rules: defaultRules(), settings: DEFAULT_CADENCE_SETTINGS, state, trailingVolume: { orders: 0, days: 0 }, day: '2026-11-01' });
    expect(JSON.stringify(state)).toBe(frozen);
  });
});

describe("a customer's Nth order", () => {
  const rules: CadenceRule[] = [{ id: 'first', kind: 'handwritten_card', type: 'customer_nth', n: 1, priority: 5, enabled: true, conditions: {} }];

  it('when customers place their first order, then each gets the card; later orders do not', () => {
    const { open } = run(4, { rules, customer: (s) => ({ ordinal: s <= 2 ? 1 : 2 }) });
    expect(open.map((t) => [t.sequence, t.slot])).toEqual([[1, 'customer:gid://shopify/Customer/1'], [2, 'customer:gid://shopify/Customer/2']]);
  });

  it('when the first order is ineligible, then the skip is recorded and it never rolls to someone else', () => {
    const { open, skipped, state } = run(3, { rules, customer: () => ({ ordinal: 1 }), order: (s) => (s === 1 ? { cancelled: true } : {}) });
    expect(skipped.map((t) => t.sequence)).toEqual([1]);
    expect(open.map((t) => t.sequence)).toEqual([2, 3]);
    expect(state.pending).toEqual([]);
  });

  it('when a guest checks out, then customer_nth does not fire', () => {
    expect(run(1, { rules, order: () => ({ customerGid: null }) }).steps).toEqual([]);
  });
});
