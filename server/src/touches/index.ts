export { touchesRouter } from './touches.routes';
export { createTouchWriter, type TouchWriter, type NewTouch } from './touches.service';
export { listTouches, toTouchJson } from './list';
export { archiveFinishedTouches, ARCHIVE_AFTER_DAYS } from './archive';
