import type {Logger} from '../logger';
import type {Metrics} from '../metrics';
import type {JobDoc} from './job.model';
import type {JobQueue} from './queue';

/** Runs one job; its return value is stored as the job's result. Must be idempotent. */
export type JobHandler = (job: JobDoc) => Promise<unknown>;

type Deps = {
  queue: JobQueue;
  handlers: Record<string, JobHandler>;
  logger: Logger;
  metrics: Metrics;
  /** Extra periodic work (e.g. the cadence sweep), run every `sweepMs`. */
  sweep?: () => Promise<void>;
  pollMs?: number;
  sweepMs?: number;
};

/** Polls the queue and runs jobs one at a time; `stop()` waits for the current job. */
export function createWorker({
  queue,
  handlers,
  logger,
  metrics,
  sweep,
  pollMs = 500,
  sweepMs = 2000,
}: Deps) {
  let stopped = true;
  let loop: Promise<void> = Promise.resolve();
  let lastSweep = 0;

  async function runOne(job: JobDoc): Promise<void> {
    const handler = handlers[job.type];
    const log = logger.child({shop: job.shop, jobType: job.type, jobId: String(job._id)});
    try {
      if (!handler) throw new Error(`no handler for job type ${job.type}`);
      await queue.complete(job, await handler(job));
      metrics.jobsFinished.inc({type: job.type, outcome: 'done'});
    } catch (error) {
      const status = await queue.fail(job, error as Error);
      metrics.jobsFinished.inc({type: job.type, outcome: status === 'failed' ? 'failed' : 'retry'});
      log.warn({err: error, attempts: job.attempts, status}, 'job failed');
    }
  }

  async function tick(): Promise<boolean> {
    if (sweep && Date.now() - lastSweep >= sweepMs) {
      lastSweep = Date.now();
      await sweep();
    }
    const job = await queue.lease();
    if (job) await runOne(job);
    return Boolean(job);
  }

  async function run(): Promise<void> {
    while (!stopped) {
      const busy = await tick().catch((error) => {
        logger.warn({err: error}, 'worker tick failed (database down?)');
        return false;
      });
      if (!busy && !stopped) await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      loop = run();
    },
    async stop() {
      stopped = true;
      await loop;
    },
    /** Runs due jobs until none is left (tests). */
    async drain() {
      while (await tick()) {
        /* keep going */
      }
    },
  };
}

export type Worker = ReturnType<typeof createWorker>;
