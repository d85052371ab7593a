import { skipReasonFor } from './eligibility';
import { newFirings } from './fire';
import type { CadenceInput, CadenceOutput, CadenceRule, PendingFiring, TouchDecision } from './types';

/** Rolled-over firings kept per rule; older ones lapse (their skip stays recorded on their order). */
export const MAX_PENDING_PER_RULE = 3;

interface Candidate extends PendingFiring {
  rule: CadenceRule;
  isNew: boolean;
}

function candidates(input: CadenceInput, fresh: PendingFiring[]): Candidate[] {
  const byId = new Map(input.rules.filter((r) => r.enabled).map((r) => [r.id, r]));
  const old = input.state.pending
    .filter((p) => byId.has(p.ruleId))
    .sort((a, b) => a.firedAtSequence - b.firedAtSequence)
    .map((p) => ({ ...p, rule: byId.get(p.ruleId)!, isNew: false }));
  const all = [...old, ...fresh.map((p) => ({ ...p, rule: byId.get(p.ruleId)!, isNew: true }))];
  return all.sort((a, b) => b.rule.priority - a.rule.priority || a.firedAtSequence - b.firedAtSequence);
}

function boundPending(pending: PendingFiring[]): PendingFiring[] {
  const kept: PendingFiring[] = [];
  const sorted = [...pending].sort((a, b) => b.firedAtSequence - a.firedAtSequence);
  for (const p of sorted) {
    if (kept.filter((k) => k.ruleId === p.ruleId).length < MAX_PENDING_PER_RULE) kept.push(p);
  }
  return kept.sort((a, b) => a.firedAtSequence - b.firedAtSequence);
}

/**
 * One cadence step for one counted order, called in sequence order. A firing becomes an
 * open touch when the order may be touched; otherwise the skip is recorded on the order it
 * fired on and the firing rolls to the next eligible order, so the rhythm holds.
 */
export function decideTouches(input: CadenceInput): CadenceOutput {
  const { order, customer, settings } = input;
  const { firings, daily } = newFirings(input);
  const touches: TouchDecision[] = [];
  const pending: PendingFiring[] = [];
  const placedRules = new Set<string>();
  const base = (c: Candidate) => ({ ruleId: c.ruleId, kind: c.rule.kind, slot: c.slot });
  for (const c of candidates(input, firings)) {
    const firing = { ruleId: c.ruleId, slot: c.slot, firedAtSequence: c.firedAtSequence };
    const rolls = c.rule.type !== 'customer_nth';
    if (placedRules.has(c.ruleId)) {
      if (rolls) pending.push(firing);
      continue;
    }
    const reason = settings.stacking === 'one_per_order' && placedRules.size > 0
      ? 'one_touch_per_order'
      : skipReasonFor(c.rule, order, customer, settings);
    if (reason === null) {
      touches.push({ ...base(c), status: 'open' });
      placedRules.add(c.ruleId);
      continue;
    }
    if (c.isNew) touches.push({ ...base(c), status: 'skipped', skipReason: reason });
    if (rolls) pending.push(firing);
  }
  const untouchedDaily = input.state.daily.filter((d) => !daily.some((n) => n.ruleId === d.ruleId) && input.rules.some((r) => r.id === d.ruleId && r.enabled));
  return { touches, state: { pending: boundPending(pending), daily: [...untouchedDaily, ...daily] } };
}
