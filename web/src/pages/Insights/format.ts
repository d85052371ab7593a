import type {Difference, Interval} from './types';
import {formatMoney} from '../../lib/money';

export const ARM_LABELS = {
  touched: 'Touched',
  held_out: 'Held out',
  untouched: 'Not picked (baseline)',
} as const;

export const percent = (x: number) => `${(x * 100).toFixed(x * 100 < 10 ? 1 : 0)}%`;

export const percentRange = (i: Interval | null) =>
  i ? `${percent(i.low)}–${percent(i.high)}` : '—';

/** In the shop's currency, as everywhere in the panel (never a made-up one when it is missing). */
export const money = (x: number, currency: string): string => formatMoney(x, currency);

export const moneyRange = (i: Interval | null, currency: string) =>
  i ? `${money(i.low, currency)} to ${money(i.high, currency)}` : '—';

/** Percentage points with a sign; a difference that rounds to nothing is "0", never "−0". */
const signed = (x: number) => {
  const p = Math.round(x * 100);
  return p === 0 ? '0' : `${p > 0 ? '+' : '−'}${Math.abs(p)}`;
};

/** "+13 points (+4 to +22)" */
export const pointsWithRange = (d: Difference | null) =>
  d ? `${signed(d.diff)} points (${signed(d.low)} to ${signed(d.high)})` : '—';

/** "10 Nov" from a Monday's YYYY-MM-DD. */
export const weekLabel = (monday: string) =>
  new Date(`${monday}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
