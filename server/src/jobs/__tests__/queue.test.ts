import pino from 'pino';
import {createMetrics} from '../../metrics';
import {backoffMs, createJobQueue} from '../queue';
import {createWorker} from '../worker';
import {useTestDb} from '../../../test/support/test-db';

const db = useTestDb('jobs');

const silent = pino({level: 'silent'});

describe('backoffMs', () => {
  it.each([
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0, 1000],
    [4, 1, 8000],
    [30, 1, 600_000],
  ])('when attempt %i draws %d, then the delay is %i ms', (attempts, draw, ms) => {
    expect(backoffMs(attempts, () => draw)).toBe(ms);
  });
});

describe('the durable job queue', () => {
  it('when the same job is enqueued twice, then it exists once', async () => {
    const q = createJobQueue(db.models, 'a');
    await q.enqueue({shop: 's1', type: 't', uniqueKey: 'once', payload: {n: 1}});
    await q.enqueue({shop: 's1', type: 't', uniqueKey: 'once', payload: {n: 2}});
    expect(await db.models.Job.countDocuments({uniqueKey: 'once'})).toBe(1);
    await db.models.Job.deleteMany({});
  });

  it('when a handler fails, then it is retried later with backoff and gives up after maxAttempts', async () => {
    const q = createJobQueue(db.models, 'a');
    await q.enqueue({shop: 's1', type: 'flaky', uniqueKey: 'flaky-1', payload: {}, maxAttempts: 2});
    let calls = 0;
    const worker = createWorker({
      queue: q,
      logger: silent,
      metrics: createMetrics(),
      handlers: {
        flaky: async () => {
          calls++;
          throw new Error('SMTP 451 try later');
        },
      },
    });
    await worker.drain();
    let job = await db.models.Job.findOne({uniqueKey: 'flaky-1'}).lean();
    expect(job).toMatchObject({status: 'queued', attempts: 1, lastError: 'SMTP 451 try later'});
    expect(+job!.runAt).toBeGreaterThan(Date.now() + 400);
    await db.models.Job.updateOne({uniqueKey: 'flaky-1'}, {$set: {runAt: new Date(0)}});
    await worker.drain();
    job = await db.models.Job.findOne({uniqueKey: 'flaky-1'}).lean();
    expect(job).toMatchObject({status: 'failed', attempts: 2});
    expect(calls).toBe(2);
    await db.models.Job.deleteMany({});
  });

  it('when a worker died holding a job, then another takes it over once the lease expires', async () => {
    const dead = createJobQueue(db.models, 'dead', 50);
    await dead.enqueue({shop: 's1', type: 'export', uniqueKey: 'orphan', payload: {}});
    expect(await dead.lease()).toMatchObject({uniqueKey: 'orphan', status: 'running'});
    const alive = createJobQueue(db.models, 'alive');
    expect(await alive.lease()).toBeNull();
    await new Promise((r) => setTimeout(r, 80));
    const worker = createWorker({
      queue: alive,
      logger: silent,
      metrics: createMetrics(),
      handlers: {export: async () => ({rows: 3})},
    });
    await worker.drain();
    expect(await db.models.Job.findOne({uniqueKey: 'orphan'}).lean()).toMatchObject({
      status: 'done',
      attempts: 2,
      result: {rows: 3},
    });
    // The dead worker's late completion can't overwrite the job: it no longer holds the lease.
    await dead.complete((await db.models.Job.findOne({uniqueKey: 'orphan'}).lean())!, {rows: 0});
    expect(await db.models.Job.findOne({uniqueKey: 'orphan'}).lean()).toMatchObject({
      result: {rows: 3},
    });
  });
});
