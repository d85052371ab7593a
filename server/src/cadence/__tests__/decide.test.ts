import {decideTouches} from '../decide';
import {DEFAULT_RULES} from '../defaults';
import type {CadenceRule} from '../types';
import {countBy, defaultRules, run, stepInput} from './run-orders';

describe('every Nth order with the default rules', () => {
  it('when the defaults are read, then they are the playbook’s 10th/20th/50th/100th rhythm', () => {
    expect(DEFAULT_RULES.map((r) => [r.kind, r.n, r.priority, r.giftAmount])).toEqual([
      ['team_photo', 10, 10, undefined],
      ['handwritten_card', 20, 20, undefined],
      ['personal_email', 50, 30, 10],
      ['free_gift', 100, 40, undefined],
    ]);
  });

  it('when 1,000 eligible orders arrive, then 100 team photos, 50 cards, 20 emails and 10 gifts are opened', () => {
    const {open, skipped, state} = run(1000);
    expect(countBy(open, (t) => t.kind)).toEqual({
      team_photo: 100,
      handwritten_card: 50,
      personal_email: 20,
      free_gift: 10,
    });
    expect(skipped).toEqual([]);
    expect(state.pending).toEqual([]);
  });

  it('when order #100 arrives, then it gets all four touches stacked with their slots', () => {
    const {touches} = decideTouches(stepInput(100));
    expect(touches.map((t) => [t.kind, t.slot, t.status])).toEqual([
      ['free_gift', '1', 'open'],
      ['personal_email', '2', 'open'],
      ['handwritten_card', '5', 'open'],
      ['team_photo', '10', 'open'],
    ]);
  });

  it('when order #30 arrives, then only the team photo fires, for slot 3', () => {
    expect(decideTouches(stepInput(30)).touches).toEqual([
      {ruleId: 'default-team-photo', kind: 'team_photo', slot: '3', status: 'open'},
    ]);
  });

  it('when a rule is switched off, then it never fires', () => {
    const rules = defaultRules().map((r) => (r.kind === 'team_photo' ? {...r, enabled: false} : r));
    expect(run(100, {rules}).open.filter((t) => t.kind === 'team_photo')).toEqual([]);
  });

  it.each([0, -10, 2.5, undefined])('when an every-Nth rule has n=%s, then it never fires', (n) => {
    const rules: CadenceRule[] = [
      {
        id: 'bad',
        kind: 'team_photo',
        type: 'every_nth',
        n,
        priority: 1,
        enabled: true,
        conditions: {},
      },
    ];
    expect(run(20, {rules}).steps).toEqual([]);
  });
});

describe('at most one touch per order', () => {
  const oneEach = {settings: {stacking: 'one_per_order' as const}};

  it('when #100 arrives, then it gets the free gift and the others roll to 101-103 by priority', () => {
    const {open, skipped, state} = run(103, oneEach);
    expect(open.filter((t) => t.sequence >= 100).map((t) => [t.sequence, t.kind, t.slot])).toEqual([
      [100, 'free_gift', '1'],
      [101, 'personal_email', '2'],
      [102, 'handwritten_card', '5'],
      [103, 'team_photo', '10'],
    ]);
    expect(skipped.filter((t) => t.sequence === 100).map((t) => [t.kind, t.skipReason])).toEqual([
      ['personal_email', 'one_touch_per_order'],
      ['handwritten_card', 'one_touch_per_order'],
      ['team_photo', 'one_touch_per_order'],
    ]);
    expect(state.pending).toEqual([]);
  });

  it('when 1,003 orders arrive, then every firing of the first 1,000 becomes exactly one open touch', () => {
    const {open, state} = run(1003, oneEach);
    expect(state.pending).toEqual([]);
    expect(countBy(open, (t) => t.kind)).toEqual({
      team_photo: 100,
      handwritten_card: 50,
      personal_email: 20,
      free_gift: 10,
    });
    expect(Object.values(countBy(open, (t) => String(t.sequence))).every((c) => c === 1)).toBe(
      true,
    );
  });

  it('when a rolled-over touch is placed, then a new firing of this order is skipped and waits', () => {
    const state = {
      pending: [{ruleId: 'default-free-gift', slot: '1', firedAtSequence: 100}],
      daily: [],
    };
    const out = decideTouches(
      stepInput(110, {state, settings: {...stepInput(1).settings, stacking: 'one_per_order'}}),
    );
    expect(out.touches).toEqual([
      {ruleId: 'default-free-gift', kind: 'free_gift', slot: '1', status: 'open'},
      {
        ruleId: 'default-team-photo',
        kind: 'team_photo',
        slot: '11',
        status: 'skipped',
        skipReason: 'one_touch_per_order',
      },
    ]);
    expect(out.state.pending).toEqual([
      {ruleId: 'default-team-photo', slot: '11', firedAtSequence: 110},
    ]);
  });
});
