import {isDuplicateKey} from '../db/connect';
import type {JobDoc, JobModel} from './job.model';

export interface EnqueueInput {
  shop: string;
  type: string;
  uniqueKey: string;
  payload: unknown;
  runAt?: Date;
  maxAttempts?: number;
}

/** Exponential backoff with full jitter: 1 s, 2 s, 4 s … capped at 10 min. */
export function backoffMs(attempts: number, random = Math.random): number {
  const ceiling = Math.min(600_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** A durable job queue in MongoDB; leases are atomic updates, so instances can share it. */
export function createJobQueue({Job}: {Job: JobModel}, owner: string, leaseMs = 60_000) {
  /** Adds a job once per `uniqueKey` (enqueueing again is a no-op). */
  async function enqueue(input: EnqueueInput): Promise<void> {
    try {
      await Job.create({
        ...input,
        status: 'queued',
        runAt: input.runAt ?? new Date(),
        attempts: 0,
        maxAttempts: input.maxAttempts ?? 8,
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /** Takes the next due job (or one whose lease expired: its worker died). */
  async function lease(): Promise<JobDoc | null> {
    const now = new Date();
    return Job.findOneAndUpdate(
      {
        $or: [
          {status: 'queued', runAt: {$lte: now}},
          {status: 'running', leaseUntil: {$lt: now}},
        ],
      },
      {
        $set: {status: 'running', leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs)},
        $inc: {attempts: 1},
      },
      {returnDocument: 'after', sort: {runAt: 1}},
    ).lean<JobDoc>();
  }

  async function complete(job: JobDoc, result: unknown): Promise<void> {
    await Job.updateOne(
      {_id: job._id, leaseOwner: owner},
      {
        $set: {
          status: 'done',
          result: result ?? null,
          finishedAt: new Date(),
          leaseOwner: null,
          leaseUntil: null,
        },
      },
    );
  }

  /** Retries later with backoff, or gives up after `maxAttempts`. Returns the new status. */
  async function fail(job: JobDoc, error: Error): Promise<'queued' | 'failed'> {
    const status = job.attempts >= job.maxAttempts ? 'failed' : 'queued';
    await Job.updateOne(
      {_id: job._id, leaseOwner: owner},
      {
        $set: {
          status,
          lastError: error.message.slice(0, 500),
          runAt: new Date(Date.now() + backoffMs(job.attempts)),
          leaseOwner: null,
          leaseUntil: null,
          ...(status === 'failed' ? {finishedAt: new Date()} : {}),
        },
      },
    );
    return status;
  }

  return {enqueue, lease, complete, fail};
}

export type JobQueue = ReturnType<typeof createJobQueue>;
