export {touchesRouter} from './touches.routes';
export {createTouchWriter, type TouchWriter, type NewTouch} from './touches.service';
export {listTouches, toTouchJson} from './list';
export {archiveFinishedTouches, ARCHIVE_AFTER_DAYS} from './archive';
export {createWorkingSet, type WorkingSet} from './working-set';
export type {TouchDoc} from './touch.model';
export {markPrinted, unmarkPrinted} from './printed';
export {summaryRouter, summarize, isMissedShipped, type StaffCapacity} from './summary';
export {MANUAL_SLOT} from './manual';
export {
  BOX_KINDS,
  currentStage,
  hasStage,
  isBoxKind,
  stagesOf,
  STAGES_BY_KIND,
  type Stage,
} from './stages';
