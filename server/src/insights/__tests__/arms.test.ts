import {compareTouchArms, touchArmOf} from '../arms';
import type {ArmedTouch} from '../cohorts';
import type {CustomerOrder} from '../types';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const asOf = new Date(start + 200 * DAY);

/** n customers with a touch of this shape on their first order; the first `back` of them order again 10 days later. */
function group(name: string, n: number, back: number, touch: Partial<ArmedTouch>) {
  const touches: ArmedTouch[] = [];
  const orders: CustomerOrder[] = [];
  for (let i = 0; i < n; i++) {
    const c = `${name}-${i}`;
    const at = new Date(start + i * DAY);
    touches.push({
      customerGid: c,
      orderGid: `${c}-1`,
      at,
      arm: 'touched',
      kind: 'handwritten_card',
      sequence: i,
      done: true,
      ...touch,
    });
    orders.push({customerGid: c, orderGid: `${c}-1`, at, revenue: 20});
    if (i < back)
      orders.push({
        customerGid: c,
        orderGid: `${c}-2`,
        at: new Date(at.getTime() + 10 * DAY),
        revenue: 30,
      });
  }
  return {touches, orders};
}

describe('pen against print, email with against without a gift card', () => {
  it('when a touch is missing its medium, then a card or sticker reads as pen; held-out touches have no arm', () => {
    const base = group('x', 1, 0, {}).touches[0]!;
    expect(touchArmOf({...base, medium: undefined})).toBe('pen');
    expect(touchArmOf({...base, kind: 'sticker_note', medium: 'print'})).toBe('print');
    expect(touchArmOf({...base, kind: 'personal_email', giftCard: true})).toBe(
      'email_with_gift_card',
    );
    expect(touchArmOf({...base, kind: 'personal_email'})).toBe('email_without_gift_card');
    expect(touchArmOf({...base, arm: 'held_out'})).toBeNull();
    expect(touchArmOf({...base, kind: 'team_photo'})).toBeNull();
  });

  it('when pen brings back 15 of 30 and print 3 of 30, gift emails 2 of 20 and plain ones 10 of 20, then the arms and contrasts say so', () => {
    const parts = [
      group('pen', 30, 15, {}),
      group('print', 30, 3, {medium: 'print'}),
      group('gift', 20, 2, {kind: 'personal_email', giftCard: true}),
      group('plain', 20, 10, {kind: 'personal_email'}),
      group('held', 20, 20, {arm: 'held_out'}),
    ];
    const r = compareTouchArms(
      parts.flatMap((p) => p.touches),
      parts.flatMap((p) => p.orders),
      {window: 60, asOf},
    );
    expect(r.exploratory).toBe(true);
    expect([r.arms.pen!.returned, r.arms.pen!.customers]).toEqual([15, 30]);
    expect([r.arms.print!.returned, r.arms.print!.customers]).toEqual([3, 30]);
    expect(r.arms.email_with_gift_card!.repeatRate).toBe(0.1);
    expect(r.arms.email_without_gift_card!.repeatRate).toBe(0.5);
    expect(r.contrasts.penVsPrint!.diff).toBeCloseTo(0.4, 4);
    expect(r.contrasts.penVsPrint!.low).toBeGreaterThan(0);
    expect(r.contrasts.giftCardVsWithout!.diff).toBeCloseTo(-0.4, 4);
    expect(r.contrasts.giftCardVsWithout!.high).toBeLessThan(0);
  });

  it('when an arm has no customers, then it is null and so is its contrast', () => {
    const p = group('pen', 5, 1, {});
    const r = compareTouchArms(p.touches, p.orders, {window: 60, asOf});
    expect(r.arms.print).toBeNull();
    expect(r.contrasts.penVsPrint).toBeNull();
  });
});
