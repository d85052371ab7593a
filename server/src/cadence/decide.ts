import {skipReasonFor} from './eligibility';
import {newFirings} from './fire';
import type {
  CadenceInput,
  CadenceOutput,
  CadenceRule,
  PendingFiring,
  SkipReason,
  TouchDecision,
} from './types';

/** Rolled-over firings kept per rule; older ones lapse (their skip stays recorded on their order). */
export const MAX_PENDING_PER_RULE = 3;

interface Candidate extends PendingFiring {
  rule: CadenceRule;
  /** Fired on this order (its skip is recorded here), as opposed to rolled over from an earlier one. */
  isNew: boolean;
}

/** A customer's Nth order is that customer's moment; the next order belongs to someone else. */
const rollsOver = (rule: CadenceRule) => rule.type !== 'customer_nth';

function candidates(input: CadenceInput, fresh: PendingFiring[]): Candidate[] {
  const live = new Map(input.rules.filter((r) => r.enabled && rollsOver(r)).map((r) => [r.id, r]));
  const old: Candidate[] = input.state.pending
    .flatMap((p) => {
      const rule = live.get(p.ruleId);
      return rule ? [{...p, rule, isNew: false}] : [];
    })
    .sort((a, b) => a.firedAtSequence - b.firedAtSequence);
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  const now = fresh.map((p) => ({...p, rule: rules.get(p.ruleId)!, isNew: true}));
  // Array#sort is stable, so equal priorities keep the oldest firing first.
  return [...old, ...now].sort(
    (a, b) => b.rule.priority - a.rule.priority || a.firedAtSequence - b.firedAtSequence,
  );
}

/** Keeps the newest MAX_PENDING_PER_RULE firings of each rule, oldest first. */
function boundPending(pending: PendingFiring[]): PendingFiring[] {
  const perRule = new Map<string, number>();
  const newestFirst = [...pending].sort((a, b) => b.firedAtSequence - a.firedAtSequence);
  const kept = newestFirst.filter((p) => {
    const count = perRule.get(p.ruleId) ?? 0;
    perRule.set(p.ruleId, count + 1);
    return count < MAX_PENDING_PER_RULE;
  });
  // Stable, so firings of one order stay in priority order.
  return kept.sort((a, b) => a.firedAtSequence - b.firedAtSequence);
}

/** Why the candidate cannot be placed on this order, 'placed' when its rule already has a touch here. */
function blocker(
  c: Candidate,
  input: CadenceInput,
  placed: Set<string>,
): SkipReason | 'placed' | null {
  if (placed.has(c.ruleId)) return 'placed';
  if (input.settings.stacking === 'one_per_order' && placed.size > 0) return 'one_touch_per_order';
  return skipReasonFor(c.rule, input.order, input.customer, input.settings);
}

/**
 * One cadence step for one counted order, called in sequence order. A firing becomes an
 * open touch when the order may be touched; otherwise the skip is recorded on the order it
 * fired on and the firing rolls to the next eligible order, so the rhythm holds.
 */
export function decideTouches(input: CadenceInput): CadenceOutput {
  const {firings, daily} = newFirings(input);
  const touches: TouchDecision[] = [];
  const pending: PendingFiring[] = [];
  const placed = new Set<string>();
  for (const c of candidates(input, firings)) {
    const decision = {ruleId: c.ruleId, kind: c.rule.kind, slot: c.slot};
    const reason = blocker(c, input, placed);
    if (reason === null) {
      touches.push({...decision, status: 'open'});
      placed.add(c.ruleId);
      continue;
    }
    if (c.isNew && reason !== 'placed')
      touches.push({...decision, status: 'skipped', skipReason: reason});
    if (rollsOver(c.rule))
      pending.push({ruleId: c.ruleId, slot: c.slot, firedAtSequence: c.firedAtSequence});
  }
  return {touches, state: {pending: boundPending(pending), daily}};
}
