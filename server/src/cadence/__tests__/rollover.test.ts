import {decideTouches} from '../decide';
import type {CadenceRule} from '../types';
import {run, stepInput} from './run-orders';

const recent = new Date(Date.UTC(2026, 10, 1));
const email = (t: {kind: string}) => t.kind === 'personal_email';

describe('rollover to the next eligible order', () => {
  it('when order #10 is within the frequency cap, then the skip is recorded there and #11 gets the team photo for slot 1', () => {
    const {open, skipped, state} = run(11, {
      customer: (s) => (s === 10 ? {lastTouchedAt: recent} : {}),
    });
    expect(skipped).toEqual([
      {
        ruleId: 'default-team-photo',
        kind: 'team_photo',
        slot: '1',
        status: 'skipped',
        skipReason: 'frequency_cap',
        sequence: 10,
      },
    ]);
    expect(open).toEqual([
      {ruleId: 'default-team-photo', kind: 'team_photo', slot: '1', status: 'open', sequence: 11},
    ]);
    expect(state.pending).toEqual([]);
  });

  it('when the next orders are ineligible too, then the waiting firing is not recorded again and lands on #13', () => {
    const {open, skipped} = run(13, {
      customer: (s) => (s >= 10 && s <= 12 ? {lastTouchedAt: recent} : {}),
    });
    expect(skipped.map((t) => t.sequence)).toEqual([10]);
    expect(open.map((t) => [t.sequence, t.slot])).toEqual([[13, '1']]);
  });

  it('when a customer was touched longer ago than the cap, then the touch goes ahead', () => {
    const longAgo = new Date(Date.UTC(2026, 8, 1));
    expect(
      run(10, {customer: () => ({lastTouchedAt: longAgo})}).open.map((t) => t.sequence),
    ).toEqual([10]);
  });

  it.each([
    ['no email address', {hasEmail: false}, 'no_email'],
    ['no marketing consent', {acceptsMarketing: false}, 'no_marketing_consent'],
  ])(
    'when the 50th and 51st orders have %s, then the personal email rolls to #52',
    (_name, facts, reason) => {
      const {open, skipped} = run(53, {order: (s) => (s === 50 || s === 51 ? facts : {})});
      expect(skipped.filter(email).map((t) => [t.sequence, t.skipReason])).toEqual([[50, reason]]);
      expect(open.filter(email).map((t) => [t.sequence, t.slot])).toEqual([[52, '1']]);
      expect(open.filter((t) => t.sequence === 50).map((t) => t.kind)).toEqual(['team_photo']);
    },
  );

  it('when consent is not required, then an email without consent goes ahead', () => {
    const {open} = run(50, {
      settings: {requireEmailConsent: false},
      order: () => ({acceptsMarketing: false}),
    });
    expect(open.filter(email).map((t) => t.sequence)).toEqual([50]);
  });

  it('when POS orders count but are not touched, then #10 at the counter rolls to #11', () => {
    const {open, skipped} = run(11, {
      settings: {posOrders: 'count_not_touch'},
      order: (s) => (s === 10 ? {sourceName: 'pos'} : {}),
    });
    expect(skipped.map((t) => [t.sequence, t.skipReason])).toEqual([[10, 'pos_order']]);
    expect(open.map((t) => t.sequence)).toEqual([11]);
  });

  it('when POS orders count and are touched, then #10 at the counter gets its touch', () => {
    const {open} = run(11, {
      settings: {posOrders: 'count_and_touch'},
      order: (s) => (s === 10 ? {sourceName: 'pos'} : {}),
    });
    expect(open.map((t) => t.sequence)).toEqual([10]);
  });

  it('when the order was cancelled before its turn, then the touch rolls on', () => {
    const {open, skipped} = run(11, {order: (s) => (s === 10 ? {cancelled: true} : {})});
    expect(skipped.map((t) => [t.sequence, t.skipReason])).toEqual([[10, 'order_cancelled']]);
    expect(open.map((t) => [t.sequence, t.slot])).toEqual([[11, '1']]);
  });

  it('when a condition fails, then the touch waits for the next order that meets it', () => {
    const rules: CadenceRule[] = [
      {
        id: 'big',
        kind: 'handwritten_card',
        type: 'every_nth',
        n: 5,
        priority: 1,
        enabled: true,
        conditions: {minOrderValue: 100},
      },
    ];
    const {open, skipped} = run(9, {rules, order: (s) => (s === 8 ? {totalPrice: 100} : {})});
    expect(skipped.map((t) => [t.sequence, t.skipReason])).toEqual([[5, 'condition_not_met']]);
    expect(open.map((t) => [t.sequence, t.slot])).toEqual([[8, '1']]);
  });

  it('when a waiting firing and a new one of the same rule meet, then the order gets the older and the newer waits', () => {
    const state = {
      pending: [{ruleId: 'default-team-photo', slot: '1', firedAtSequence: 10}],
      daily: [],
    };
    const out = decideTouches(stepInput(20, {state}));
    expect(out.touches.map((t) => [t.kind, t.slot, t.status])).toEqual([
      ['handwritten_card', '1', 'open'],
      ['team_photo', '1', 'open'],
    ]);
    expect(out.state.pending).toEqual([
      {ruleId: 'default-team-photo', slot: '2', firedAtSequence: 20},
    ]);
    expect(decideTouches(stepInput(21, {state: out.state})).touches).toEqual([
      {ruleId: 'default-team-photo', kind: 'team_photo', slot: '2', status: 'open'},
    ]);
  });
});
