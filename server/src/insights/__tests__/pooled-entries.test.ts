import type {ArmedTouch} from '../cohorts';
import {pooledEntries} from '../pooled-entries';
import type {CustomerOrder} from '../types';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);
const order = (c: string, id: string, day: number, over: Partial<CustomerOrder> = {}) => ({
  customerGid: c,
  orderGid: id,
  at: at(day),
  revenue: 10,
  ...over,
});
const touch = (c: string, id: string, day: number, arm: ArmedTouch['arm'], done = false) =>
  ({
    customerGid: c,
    orderGid: id,
    at: at(day),
    arm,
    kind: 'team_photo',
    sequence: day,
    done,
  }) as ArmedTouch;
const ex = {frequencyCapDays: 30, posOrders: 'count_not_touch' as const};

describe('who is in the pooled comparison', () => {
  it('when a rule fired on the first order, then picked (done counted) or held out; otherwise not picked', () => {
    const orders: CustomerOrder[] = [order('a', 'o1', 0), order('b', 'o2', 1), order('c', 'o3', 2)];
    const touches = [touch('a', 'o1', 0, 'touched', true), touch('b', 'o2', 1, 'held_out')];
    const entries = pooledEntries(touches, orders, new Set(['o1', 'o2']), ex);
    expect(entries.map((e) => [e.customerGid, e.arm, e.done])).toEqual([
      ['a', 'picked', true],
      ['b', 'held_out', false],
      ['c', 'not_picked', false],
    ]);
  });

  it('when the first order is cancelled, POS, or skipped by the engine, then the next eligible one is the entry', () => {
    const orders: CustomerOrder[] = [
      order('a', 'a1', 0, {cancelled: true}),
      order('a', 'a2', 5),
      order('b', 'b1', 0, {pos: true}),
      order('b', 'b2', 3),
      order('c', 'c1', 0),
      order('c', 'c2', 9),
    ];
    const entries = pooledEntries([], orders, new Set(['c1']), ex);
    expect(entries.map((e) => e.indexOrderGid)).toEqual(['a2', 'b2', 'c2']);
  });

  it('when an order falls inside the frequency cap after a pick, then it is nobody’s entry, on either side', () => {
    // a's first pick was cancelled: their next order, 10 days later, is capped; 40 days later is not.
    const orders: CustomerOrder[] = [
      order('a', 'a1', 0, {cancelled: true}),
      order('a', 'a2', 10),
      order('a', 'a3', 40),
    ];
    const entries = pooledEntries([touch('a', 'a1', 0, 'touched')], orders, new Set(['a1']), ex);
    expect(entries).toEqual([expect.objectContaining({indexOrderGid: 'a3', arm: 'not_picked'})]);
    const noCap = pooledEntries([touch('a', 'a1', 0, 'touched')], orders, new Set(['a1']), {
      ...ex,
      frequencyCapDays: 0,
    });
    expect(noCap[0]!.indexOrderGid).toBe('a2');
  });

  it('when split by first-time and returning, then the first counted order is one, the next eligible the other', () => {
    // a: first order not picked, second picked. b: first picked (cap 30 days), second inside the cap, third after.
    const orders: CustomerOrder[] = [
      order('a', 'a1', 0),
      order('a', 'a2', 5),
      order('b', 'b1', 0),
      order('b', 'b2', 10),
      order('b', 'b3', 50),
      order('c', 'c1', 0, {cancelled: true}),
      order('c', 'c2', 9),
    ];
    const touches = [touch('a', 'a2', 5, 'touched'), touch('b', 'b1', 0, 'touched')];
    const fired = new Set(['a2', 'b1']);
    const first = pooledEntries(touches, orders, fired, ex, 'first');
    expect(first.map((e) => [e.indexOrderGid, e.arm])).toEqual([
      ['a1', 'not_picked'],
      ['b1', 'picked'],
    ]);
    const later = pooledEntries(touches, orders, fired, ex, 'later');
    expect(later.map((e) => [e.indexOrderGid, e.arm])).toEqual([
      ['a2', 'picked'],
      ['b3', 'not_picked'],
      ['c2', 'not_picked'],
    ]);
  });
});
