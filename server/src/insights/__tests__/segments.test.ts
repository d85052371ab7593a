import type {PooledEntry} from '../pooled-entries';
import {compareSegment} from '../segments';
import type {CustomerOrder} from '../types';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const asOf = new Date(start + 200 * DAY);

/** n customers entering on `arm`; the first `back` order again 10 days later. */
function side(name: string, arm: PooledEntry['arm'], n: number, back: number) {
  const entries: PooledEntry[] = [];
  const orders: CustomerOrder[] = [];
  for (let i = 0; i < n; i++) {
    const c = `${name}-${i}`;
    const at = new Date(start + (i * DAY) / 10);
    entries.push({customerGid: c, arm, indexAt: at, indexOrderGid: `${c}-1`, done: false});
    orders.push({customerGid: c, orderGid: `${c}-1`, at, revenue: 20});
    if (i < back)
      orders.push({
        customerGid: c,
        orderGid: `${c}-2`,
        at: new Date(at.getTime() + 10 * DAY),
        revenue: 30,
      });
  }
  return {entries, orders};
}

describe('first-time and returning customers apart', () => {
  it('when the effect sits with returning customers only, then their lift shows and first-timers show none', () => {
    const first = [side('f-p', 'picked', 40, 8), side('f-n', 'not_picked', 400, 80)];
    const back = [side('r-p', 'picked', 40, 24), side('r-n', 'not_picked', 400, 120)];
    const o = {window: 60 as const, asOf};
    const firstTime = compareSegment(
      first.flatMap((s) => s.entries),
      first.flatMap((s) => s.orders),
      o,
    );
    const returning = compareSegment(
      back.flatMap((s) => s.entries),
      back.flatMap((s) => s.orders),
      o,
    );
    expect(firstTime.repeatLift!.diff).toBe(0);
    expect(firstTime.repeatLift!.low).toBeLessThan(0);
    expect(returning.picked!.repeatRate).toBe(0.6);
    expect(returning.notPicked!.repeatRate).toBe(0.3);
    expect(returning.repeatLift!.diff).toBeCloseTo(0.3, 4);
    expect(returning.repeatLift!.low).toBeGreaterThan(0);
  });
});
