import {decideTouches, MAX_PENDING_PER_RULE} from '../decide';
import type {CadenceInput, CadenceRule, CadenceState} from '../types';
import {deepFreeze, defaultRules, order, run, stepInput} from './run-orders';

const recent = new Date(Date.UTC(2026, 10, 1));

describe('carried state', () => {
  it(`when every order is ineligible for long, then at most ${MAX_PENDING_PER_RULE} firings per rule wait, oldest dropped`, () => {
    const rules: CadenceRule[] = [
      {
        id: 'r',
        kind: 'team_photo',
        type: 'every_nth',
        n: 2,
        priority: 1,
        enabled: true,
        conditions: {minOrderValue: 100},
      },
    ];
    const {state, skipped} = run(20, {rules});
    expect(skipped.map((t) => t.slot)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(state.pending).toEqual([
      {ruleId: 'r', slot: '8', firedAtSequence: 16},
      {ruleId: 'r', slot: '9', firedAtSequence: 18},
      {ruleId: 'r', slot: '10', firedAtSequence: 20},
    ]);
    const next = decideTouches(stepInput(21, {order: order(21, {totalPrice: 150}), rules, state}));
    expect(next.touches).toEqual([{ruleId: 'r', kind: 'team_photo', slot: '8', status: 'open'}]);
    expect(next.state.pending.map((p) => p.slot)).toEqual(['9', '10']);
  });

  it('when two rules wait, then the bound applies to each rule separately', () => {
    const rules: CadenceRule[] = ['a', 'b'].map((id) => ({
      id,
      kind: 'team_photo',
      type: 'every_nth',
      n: 1,
      priority: 1,
      enabled: true,
      conditions: {},
    }));
    const {state} = run(5, {rules, order: () => ({cancelled: true})});
    expect(state.pending.map((p) => `${p.ruleId}${p.slot}`)).toEqual([
      'a3',
      'b3',
      'a4',
      'b4',
      'a5',
      'b5',
    ]);
  });

  it('when a rule is switched off, then its waiting firings are dropped', () => {
    const rules = defaultRules();
    const {state} = run(10, {rules, customer: (s) => (s === 10 ? {lastTouchedAt: recent} : {})});
    expect(state.pending).toEqual([{ruleId: 'default-team-photo', slot: '1', firedAtSequence: 10}]);
    const off = rules.map((r) => (r.kind === 'team_photo' ? {...r, enabled: false} : r));
    const next = decideTouches(stepInput(11, {rules: off, state}));
    expect(next.touches).toEqual([]);
    expect(next.state.pending).toEqual([]);
  });

  it('when a rule is deleted, then its waiting firings are dropped', () => {
    const state = {pending: [{ruleId: 'gone', slot: '4', firedAtSequence: 40}], daily: []};
    expect(decideTouches(stepInput(41, {state})).state).toEqual({pending: [], daily: []});
  });

  it('when the engine decides, then it never mutates what it was given', () => {
    const daily: CadenceRule = {
      id: 'd',
      kind: 'sticker_note',
      type: 'daily_target',
      dailyTarget: 2,
      priority: 1,
      enabled: true,
      conditions: {},
    };
    const state: CadenceState = {
      pending: [
        {ruleId: 'default-free-gift', slot: '1', firedAtSequence: 100},
        {ruleId: 'default-team-photo', slot: '10', firedAtSequence: 100},
      ],
      daily: [{ruleId: 'd', day: '2026-10-31', n: 4, seenToday: 9, firedToday: 2}],
    };
    const input: CadenceInput = stepInput(110, {state, rules: [...defaultRules(), daily]});
    const before = JSON.stringify(input);
    const out = decideTouches(deepFreeze(input));
    expect(JSON.stringify(input)).toBe(before);
    expect(out.state.pending).toEqual([
      {ruleId: 'default-team-photo', slot: '11', firedAtSequence: 110},
    ]);
    expect(out.state.daily).toEqual([
      {ruleId: 'd', day: '2026-11-01', n: 1, seenToday: 1, firedToday: 1},
    ]);
  });
});
