import {armOf, cohortEntries, type ArmedTouch} from '../cohorts';
import type {CustomerOrder} from '../types';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);
const raw = (over: Partial<Parameters<typeof armOf>[0]>) => ({
  _id: 1,
  customerGid: 'c1',
  kind: 'team_photo' as const,
  status: 'open',
  skipReason: null,
  slot: '1',
  ruleId: 'r1',
  orderGid: 'o1',
  orderCreatedAt: at(0),
  sequence: 1,
  ...over,
});
const touch = (
  customerGid: string,
  orderGid: string,
  day: number,
  arm: ArmedTouch['arm'],
  kind: ArmedTouch['kind'] = 'team_photo',
): ArmedTouch => ({customerGid, orderGid, at: at(day), arm, kind, sequence: day, done: false});
const order = (
  customerGid: string,
  orderGid: string,
  day: number,
  cancelled = false,
): CustomerOrder => ({customerGid, orderGid, at: at(day), revenue: 10, cancelled});

describe('which group a touch puts its customer in', () => {
  it.each([
    ['open', null, 'touched'],
    ['done', null, 'touched'],
    ['held_out', null, 'held_out'],
    ['skipped', 'customer_asked', 'touched'],
    ['skipped', 'frequency_cap', null],
    ['skipped', 'order_cancelled', null],
  ])('when a rule touch is %s (%s), then it is %s', (status, skipReason, arm) => {
    expect(armOf(raw({status, skipReason}))).toBe(arm);
  });

  it('when the touch was given by hand, answers a question or has no customer, then it is in no group', () => {
    expect(armOf(raw({slot: 'manual', ruleId: null}))).toBeNull();
    expect(armOf(raw({kind: 'answer_question' as never}))).toBeNull();
    expect(armOf(raw({customerGid: null}))).toBeNull();
  });
});

describe('cohort entries', () => {
  it('when a customer gets touches on two orders, then each kind and overall start at the first', () => {
    const {byKind, overall} = cohortEntries(
      [
        touch('c1', 'o2', 10, 'held_out', 'handwritten_card'),
        touch('c1', 'o1', 0, 'touched'),
        touch('c1', 'o2', 10, 'touched'),
      ],
      [order('c1', 'o1', 0), order('c1', 'o2', 10)],
    );
    expect(overall).toEqual([
      {customerGid: 'c1', arm: 'touched', kind: null, indexAt: at(0), indexOrderGid: 'o1'},
    ]);
    expect(byKind.map((e) => [e.kind, e.indexOrderGid, e.arm])).toEqual([
      ['team_photo', 'o1', 'touched'],
      ['handwritten_card', 'o2', 'held_out'],
    ]);
  });

  it('when one touch on the first order was held out and another carried out, then overall the customer is touched', () => {
    const {overall} = cohortEntries(
      [touch('c1', 'o1', 0, 'held_out', 'handwritten_card'), touch('c1', 'o1', 0, 'touched')],
      [order('c1', 'o1', 0)],
    );
    expect(overall[0]!.arm).toBe('touched');
  });

  it('when every touch on the first order was held out, then overall the customer is held out', () => {
    const {overall} = cohortEntries(
      [touch('c1', 'o1', 0, 'held_out', 'handwritten_card'), touch('c1', 'o1', 0, 'held_out')],
      [order('c1', 'o1', 0)],
    );
    expect(overall[0]!.arm).toBe('held_out');
  });

  it('when a customer was never drawn, then they are untouched from their first counted order', () => {
    const {overall} = cohortEntries([], [order('c2', 'o5', 5), order('c2', 'o3', 3)]);
    expect(overall).toEqual([
      {customerGid: 'c2', arm: 'untouched', kind: null, indexAt: at(3), indexOrderGid: 'o3'},
    ]);
  });

  it('when the index order was cancelled, then the customer is left out of every group alike', () => {
    const {byKind, overall} = cohortEntries(
      [touch('c1', 'o1', 0, 'touched'), touch('c3', 'o3', 0, 'held_out')],
      [order('c1', 'o1', 0, true), order('c3', 'o3', 0, true), order('c4', 'o4', 0, true)],
    );
    expect(byKind).toEqual([]);
    expect(overall).toEqual([]);
  });
});
