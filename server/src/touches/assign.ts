import type {TouchKind} from '../cadence/types';
import type {ShopSettings} from '../shops';

type AssignmentSettings = Pick<ShopSettings, 'assignment' | 'assigneeByKind'>;

/**
 * Who a new touch goes to (docs/PRODUCT.md "The touch queue": in turn or per kind). Deterministic, so a
 * replayed order gets the same person: the cadence runner keeps the round's position (`turn`) in
 * its state, moving it once per order that gets a touch, and every touch of one order goes to the
 * same person (one box, one packer). A fixed assignee who is
 * no longer active falls back to the round. Null when nobody is on the team or assignment is off.
 */
export function chooseAssignee(
  settings: AssignmentSettings,
  activeStaff: readonly string[],
  kind: TouchKind,
  turn: number,
): string | null {
  if (settings.assignment === 'none' || activeStaff.length === 0) return null;
  const fixed =
    settings.assignment === 'fixed_per_kind' ? settings.assigneeByKind?.[kind] : undefined;
  if (fixed && activeStaff.includes(fixed)) return fixed;
  const ordered = [...activeStaff].sort();
  return ordered[((turn % ordered.length) + ordered.length) % ordered.length]!;
}

/** A stable number for an order without a place in the count (an uncounted order's question). */
export function turnOf(sequence: number | null, orderGid: string): number {
  if (sequence !== null) return sequence;
  let h = 0;
  for (const c of orderGid) h = (h * 31 + c.charCodeAt(0)) | 0;
  return Math.abs(h);
}
