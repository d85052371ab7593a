import type {TouchKind} from '../cadence/types';
import type {StageRecord, TouchDoc} from './touch.model';
import {BOX_KINDS, STAGES_BY_KIND, type Stage} from '@human-touch/contract';

export {BOX_KINDS, STAGES, STAGES_BY_KIND, type Stage} from '@human-touch/contract';

/** Kinds that put something in the parcel: the writer prepares it, the packer packs it. */
export const isBoxKind = (kind: TouchKind) => (BOX_KINDS as readonly TouchKind[]).includes(kind);
/** Box kinds whose words go on paper: written with a pen, or printed in the handwriting font. */
export const isWordsKind = (kind: TouchKind) =>
  kind === 'handwritten_card' || kind === 'sticker_note';
export const finalStage = (kind: TouchKind): Stage => STAGES_BY_KIND[kind].at(-1)!;
/** The stage a person's "done" reaches: the writer's for a box touch (it stays open for the packer), else the last. */
export const doneStage = (kind: TouchKind): Stage =>
  isBoxKind(kind) ? 'prepared' : finalStage(kind);

/**
 * The touch's stages as stored, or — for a touch written before stages existed — derived from its
 * status: a finished one reached its last stage (a box touch marked done was shown as packed).
 * Nothing is written back, so several instances reading old documents never race (docs/STAGES.md).
 */
export function stagesOf(t: Pick<TouchDoc, 'kind' | 'status' | 'doneBy' | 'doneAt' | 'stages'>) {
  if (t.stages) return t.stages;
  if (t.status !== 'done' || !t.doneAt) return [];
  return [
    {stage: finalStage(t.kind), userId: t.doneBy, staffId: null, name: null, at: t.doneAt},
  ] satisfies StageRecord[];
}

/** The last stage reached, or null for work not started. */
export const currentStage = (t: Parameters<typeof stagesOf>[0]): Stage | null =>
  stagesOf(t).at(-1)?.stage ?? null;

export const hasStage = (t: Parameters<typeof stagesOf>[0], stage: Stage) =>
  stagesOf(t).some((s) => s.stage === stage);

/** A stage as the public contract shows it: what, when, and the person's name (null if unknown). */
export const stageJson = (s: StageRecord) => ({
  stage: s.stage,
  at: s.at.toISOString(),
  by: s.name ?? null,
  staffId: s.staffId ?? null,
});
