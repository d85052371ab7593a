import {BadRequestError} from '../errors';
import type {Worker} from '../staff/me';
import type {StageRecord, TouchDoc} from './touch.model';
import {doneStage, finalStage, STAGES_BY_KIND, stagesOf, type Stage} from './stages';

/** What a person asked for: a stage reached, or a status (done: their stage; open: start over). */
export interface Change {
  status?: 'open' | 'done' | 'skipped';
  skipReason?: string;
  stage?: Stage;
}

const record = (stage: Stage, who: Worker, at: Date): StageRecord => ({
  stage,
  userId: who.userId,
  staffId: who.staffId,
  name: who.name,
  at,
});

/** The stage a change reaches, checked against the touch's kind; undefined when it reaches none. */
function targetStage(t: TouchDoc, c: Change): Stage | undefined {
  if (c.stage) {
    if (!STAGES_BY_KIND[t.kind].includes(c.stage))
      throw new BadRequestError(
        `A ${t.kind} touch has the stages ${STAGES_BY_KIND[t.kind].join(', ')}, not ${c.stage}`,
      );
    return c.stage;
  }
  return c.status === 'done' ? doneStage(t.kind) : undefined;
}

/**
 * The $set for a person's change of a touch's work (docs/STAGES.md): reaching a stage records who
 * and when; the kind's last stage finishes it (`done`) — so a box touch the writer prepared stays
 * `open` in the packer's queue until packed. A stage already reached is not recorded again.
 */
export function stageSet(t: TouchDoc, c: Change, who: Worker, now = new Date()) {
  if (c.status === 'skipped')
    return {status: 'skipped' as const, skipReason: c.skipReason, doneBy: null, doneAt: null};
  if (c.status === 'open' && !c.stage)
    return {status: 'open' as const, skipReason: null, doneBy: null, doneAt: null, stages: []};
  const stage = targetStage(t, c);
  if (!stage) return {};
  const stages = stagesOf(t);
  const next = stages.some((s) => s.stage === stage)
    ? stages
    : [...stages, record(stage, who, now)];
  const finished = stage === finalStage(t.kind);
  if (!finished)
    return {
      stages: next,
      ...(t.status === 'skipped' ? {status: 'open' as const, skipReason: null} : {}),
    };
  const done = t.status === 'done' ? {} : {doneBy: who.userId, doneAt: now};
  return {stages: next, status: 'done' as const, skipReason: null, ...done};
}
