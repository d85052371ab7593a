import type {ArmedTouch} from './cohorts';
import {customerOutcome} from './outcomes';
import {rateDifference, type Difference} from './stats';
import {armStats, roundDiff, type ArmStats} from './summarize';
import type {CustomerOrder, WindowDays} from './types';

/** Touches compared by how they were carried out: by hand or printed; an email with or without a card. */
export type TouchArm = 'pen' | 'print' | 'email_with_gift_card' | 'email_without_gift_card';
export const TOUCH_ARMS: TouchArm[] = [
  'pen',
  'print',
  'email_with_gift_card',
  'email_without_gift_card',
];

/** The arm of a touch that was carried out (or left open); held-out touches have none. */
export function touchArmOf(t: ArmedTouch): TouchArm | null {
  if (t.arm !== 'touched') return null;
  if (t.kind === 'handwritten_card' || t.kind === 'sticker_note')
    return t.medium === 'print' ? 'print' : 'pen';
  if (t.kind === 'personal_email')
    return t.giftCard ? 'email_with_gift_card' : 'email_without_gift_card';
  return null;
}

export interface TouchArms {
  /** How each was carried out was a person's choice, not a draw: exploratory. */
  exploratory: true;
  arms: Record<TouchArm, ArmStats | null>;
  /** Pen − print and with − without a gift card, in repeat rate. */
  contrasts: {penVsPrint: Difference | null; giftCardVsWithout: Difference | null};
}

const diff = (a: ArmStats | null, b: ArmStats | null) =>
  a && b ? roundDiff(rateDifference(a.returned, a.customers, b.returned, b.customers)) : null;

/** Each customer enters an arm at their first touch of it (an index order cancelled leaves them out). */
export function compareTouchArms(
  touches: ArmedTouch[],
  orders: CustomerOrder[],
  o: {window: WindowDays; asOf: Date},
): TouchArms {
  const cancelled = new Set(orders.filter((x) => x.cancelled).map((x) => x.orderGid));
  const byCustomer = new Map<string, CustomerOrder[]>();
  for (const order of orders) {
    const list = byCustomer.get(order.customerGid);
    if (list) list.push(order);
    else byCustomer.set(order.customerGid, [order]);
  }
  const first = new Map<string, ArmedTouch>();
  for (const t of [...touches].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const arm = touchArmOf(t);
    if (arm && !first.has(`${arm}|${t.customerGid}`)) first.set(`${arm}|${t.customerGid}`, t);
  }
  const stats = (arm: TouchArm) =>
    armStats(
      [...first]
        .filter(([key, t]) => key.startsWith(`${arm}|`) && !cancelled.has(t.orderGid))
        .map(([, t]) =>
          customerOutcome(
            {...t, arm: 'touched', indexAt: t.at, indexOrderGid: t.orderGid},
            byCustomer.get(t.customerGid) ?? [],
            o.window,
            o.asOf,
          ),
        ),
    )?.stats ?? null;
  const arms = Object.fromEntries(TOUCH_ARMS.map((a) => [a, stats(a)])) as TouchArms['arms'];
  return {
    exploratory: true,
    arms,
    contrasts: {
      penVsPrint: diff(arms.pen, arms.print),
      giftCardVsWithout: diff(arms.email_with_gift_card, arms.email_without_gift_card),
    },
  };
}
