import {
  candidateRules,
  capacityUse,
  conditionsText,
  draftOf,
  emptyDraft,
  inputOf,
  kindRows,
  moved,
  patchOf,
  rhythm,
  simulatable,
} from '../rules-lib';
import type {Rule, Simulation} from '../types';

const rule = (over: Partial<Rule>): Rule => ({
  id: 'r1',
  key: 'k',
  name: 'Team photo',
  kind: 'team_photo',
  type: 'every_nth',
  n: 10,
  dailyTarget: null,
  priority: 10,
  enabled: true,
  conditions: {},
  giftAmount: null,
  ...over,
});
const sim = (touchesPerDay: Simulation['touchesPerDay'], minutes = 0): Simulation => ({
  basis: 'recent_orders',
  days: 30,
  ordersPerDay: 100,
  touchesPerDay,
  skippedPerDay: 0,
  staffMinutesPerDay: minutes,
  giftSpendPerDay: 0,
});

describe('rules in plain words', () => {
  it.each([
    [{type: 'every_nth', n: 10}, 'Every 10th order'],
    [{type: 'every_nth', n: 1}, 'Every order'],
    [{type: 'every_nth', n: 22}, 'Every 22nd order'],
    [{type: 'every_nth', n: 113}, 'Every 113th order'],
    [{type: 'customer_nth', n: 3}, "A customer's 3rd order"],
    [{type: 'daily_target', dailyTarget: 5}, "5 a day, spread over the day's orders"],
  ] as const)('when the rule is %j, then it reads "%s"', (r, text) => {
    expect(rhythm({n: null, dailyTarget: null, ...r})).toBe(text);
  });

  it('when a rule has conditions, then they are listed; without, nothing is said', () => {
    expect(conditionsText({})).toBeNull();
    expect(
      conditionsText({minOrderValue: 50, countries: ['GB', 'IE'], firstTimeCustomer: true}),
    ).toBe('Only orders of 50 or more; shipping to GB, IE; first-time customers');
  });
});

describe('the form and the API', () => {
  it('when a saved rule is edited without changes, then it goes back to the API as it came', () => {
    const saved = rule({
      type: 'customer_nth',
      n: 3,
      conditions: {channels: ['web', 'pos'], minOrderValue: 20},
      giftAmount: 10,
    });
    expect(inputOf(draftOf(saved))).toEqual({
      name: 'Team photo',
      kind: 'team_photo',
      type: 'customer_nth',
      n: 3,
      priority: 10,
      enabled: true,
      giftAmount: 10,
      conditions: {channels: ['web', 'pos'], minOrderValue: 20},
    });
  });

  it('when the type is a daily target, then the number is sent as dailyTarget; country codes are upper-cased', () => {
    const input = inputOf({
      ...emptyDraft(),
      name: 'x',
      type: 'daily_target',
      number: '8',
      countries: 'gb, ie ,',
    });
    expect(input).toMatchObject({
      type: 'daily_target',
      dailyTarget: 8,
      conditions: {countries: ['GB', 'IE']},
    });
    expect(input).not.toHaveProperty('n');
  });

  it('when a number is empty or not a number, then the rule set is not simulated (and the server will name the field)', () => {
    expect(simulatable([inputOf({...emptyDraft(), name: 'x', number: ''})])).toBe(false);
    expect(simulatable([inputOf({...emptyDraft(), name: 'x', number: '2.5'})])).toBe(false);
    expect(
      simulatable([inputOf({...emptyDraft(), name: 'x', number: '25', minOrderValue: 'lots'})]),
    ).toBe(false);
    expect(simulatable([inputOf({...emptyDraft(), name: 'x', number: '25'})])).toBe(true);
    expect(
      JSON.parse(JSON.stringify(inputOf({...emptyDraft(), name: 'x', number: ''}))),
    ).toMatchObject({n: null});
  });

  it('when one rule is being edited, then the simulation uses the others as saved and the draft in its place', () => {
    const saved = [rule({id: 'a', n: 10}), rule({id: 'b', kind: 'free_gift', n: 100})];
    const candidate = candidateRules(saved, {...draftOf(saved[0]!), number: '5'}, 'a');
    expect(candidate.map((r) => [r.kind, 'n' in r ? r.n : null])).toEqual([
      ['free_gift', 100],
      ['team_photo', 5],
    ]);
    expect(candidateRules(saved, null, null)).toHaveLength(2);
  });
});

describe('reordering', () => {
  it.each([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ] as const)(
    'when the rule at %i moves by %i, then the order sent is %j',
    (index, direction, ids) => {
      expect(moved(['a', 'b', 'c'], index, direction)).toEqual(ids);
    },
  );
});

describe('an edit of a saved rule', () => {
  const email = rule({kind: 'personal_email', giftAmount: 10});

  it('when the amount of a saved rule is cleared, then the edit sends null so the rule loses it', () => {
    expect(patchOf({...draftOf(email), giftAmount: ''}, email)).toMatchObject({giftAmount: null});
    expect(patchOf({...draftOf(email), giftAmount: '15'}, email)).toMatchObject({giftAmount: 15});
    expect(patchOf(draftOf(rule({})), rule({}))).not.toHaveProperty('giftAmount');
  });

  it('when a saved rule is edited, then its priority is not sent (a reorder made meanwhile stays)', () => {
    expect(patchOf({...draftOf(email), priority: 99}, email)).not.toHaveProperty('priority');
  });
});

describe('the simulator maths', () => {
  it('when the change adds a kind, then both columns show every kind, busiest first', () => {
    expect(kindRows(sim({team_photo: 10}), sim({team_photo: 10, sticker_note: 20}))).toEqual([
      {kind: 'sticker_note', now: 0, candidate: 20},
      {kind: 'team_photo', now: 10, candidate: 10},
    ]);
  });

  it('when the team has 60 minutes and the touches need 75, then it is 125% and 15 minutes over', () => {
    expect(capacityUse(75, 60)).toEqual({percent: 125, over: true, spareMinutes: -15});
    expect(capacityUse(30, 60)).toEqual({percent: 50, over: false, spareMinutes: 30});
    expect(capacityUse(0, 0)).toEqual({percent: 0, over: false, spareMinutes: 0});
    expect(capacityUse(5, 0).over).toBe(true);
  });
});
