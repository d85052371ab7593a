export {createJobQueue, backoffMs, type JobQueue, type EnqueueInput} from './queue';
export {createWorker, type Worker, type JobHandler} from './worker';
export type {JobDoc} from './job.model';
export {periodicSweep, type SweepPlan} from './sweep';
