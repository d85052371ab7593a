import {createHmac} from 'node:crypto';
import type {TouchKind} from './types';

/** An answer beats an interaction: a question in the order note is always answered, never held out. */
export const NEVER_HELD_OUT: readonly TouchKind[] = ['answer_question'];

/**
 * A uniform draw in [0, 1) for one touch, from the shop's stored seed and the touch's dedupe key:
 * the same touch always draws the same number (redelivery, a repeated batch, a re-run from the
 * seed), different touches draw independently. 48 bits of HMAC-SHA256 are exact in a double.
 */
export function holdoutDraw(seed: string, touchKey: string): number {
  const mac = createHmac('sha256', seed).update(touchKey).digest();
  return mac.readUIntBE(0, 6) / 2 ** 48;
}

/** Whether a touch the cadence decided to open is held out of the work, for the outcome comparison. */
export function isHeldOut(
  seed: string,
  touchKey: string,
  kind: TouchKind,
  percent: number,
): boolean {
  if (percent <= 0 || NEVER_HELD_OUT.includes(kind)) return false;
  return holdoutDraw(seed, touchKey) < percent / 100;
}
