import {spawn, type ChildProcess} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {createServer} from 'node:net';
import path from 'node:path';
import {loadConfig} from '../../src/config';
import type {Connection} from 'mongoose';
import {connectDb} from '../../src/db/connect';
import {createModels} from '../../src/db/models';
import {createLocalShopify} from '../../../local-shopify/src';
import {apiGet, sessionToken} from '../support/sign';
import {testDbUri} from '../support/test-app';
import {exactlyOnce, expectedTouches, orderBurst, step, waitFor} from './support';

// The app is a separate process (server/src/main.ts, worker on), killed with SIGKILL in the middle
// of a 2,000-order burst and started again on the same port. The local Shopify lives in this
// process and keeps delivering and retrying on Shopify's compressed schedule.
const N = 2000;
const shop = 'crash.myshopify.com';
const dbName = `crash_${process.pid}_${randomBytes(3).toString('hex')}`;
const isOk = (s: number | 'network_error') => typeof s === 'number' && s >= 200 && s < 300;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const {port} = s.address() as {port: number};
      s.close(() => resolve(port));
    });
  });

let port: number;
let env: Record<string, string>;
let child: ChildProcess;
let stderr = '';
// A roomy cost bucket: at Shopify's real rate the interrupted reconciliation of 2,000 orders takes minutes.
const local = createLocalShopify({
  ...pick(loadConfig({MONGODB_URI: 'mongodb://unused'}).config),
  retryDelaysMs: [500, 1000, 2000, 4000, 8000, 8000, 8000, 8000],
  bucketSize: 50_000,
  restoreRate: 10_000,
});
let conn: Promise<Connection>;
let closeLocal: () => Promise<void>;

function pick(c: {SHOPIFY_API_KEY: string; SHOPIFY_API_SECRET: string; SCOPES: string}) {
  return {apiKey: c.SHOPIFY_API_KEY, apiSecret: c.SHOPIFY_API_SECRET, scopes: c.SCOPES};
}

async function startApp() {
  // node itself with tsx as a loader (not the tsx CLI, whose child process a SIGKILL would not reach).
  child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve(__dirname, '../../src/main.ts')],
    {
      cwd: path.resolve(__dirname, '../../..'),
      env: {...process.env, ...env},
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await waitFor(
    'the app process to listen',
    async () => {
      if (child.exitCode !== null)
        throw new Error(`the app exited (${child.exitCode}): ${stderr.slice(-2000)}`);
      return fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
    },
    60_000,
  );
}

beforeAll(async () => {
  port = await freePort();
  conn = connectDb(testDbUri(), dbName);
  const shopify = await local.listen();
  closeLocal = shopify.close;
  env = {
    NODE_ENV: 'development',
    PORT: String(port),
    SHOPIFY_APP_URL: `http://127.0.0.1:${port}`,
    MONGODB_URI: `${testDbUri()}/${dbName}`,
    SHOPIFY_LOCAL_ORIGIN: shopify.origin,
    RUN_WORKER: 'true',
    LOG_LEVEL: 'warn',
  };
  local.sender.setAppUrl(`http://127.0.0.1:${port}`);
  await startApp();
}, 90_000);
afterAll(async () => {
  child?.kill('SIGKILL');
  const c = await conn;
  await c.dropDatabase().catch(() => undefined);
  await c.close();
  await closeLocal?.();
});

describe('when the app process is killed (SIGKILL) in the middle of a 2,000-order burst', () => {
  it('then after a restart every order is counted exactly once, acknowledged events were all stored, and the interrupted work resumes', async () => {
    const config = loadConfig(env).config;
    const token = () => sessionToken(config, shop);
    expect((await apiGet(`http://127.0.0.1:${port}`, '/api/touches', token())).status).toBe(200);
    const models = createModels(await conn);
    const log = local.sender.log;

    await orderBurst(env.SHOPIFY_LOCAL_ORIGIN!, shop, N, 15_000);
    await waitFor(
      'a third of the burst acknowledged',
      () => log.filter((d) => isOk(d.status)).length >= N / 3,
    );
    // Work in flight at the kill: the cadence pass, and a reconciliation job the worker has leased and is
    // running (its first order page answers slowly, so the kill lands in the middle of it).
    await fetch(`${env.SHOPIFY_LOCAL_ORIGIN}/local/faults`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({operationName: 'ReconcileOrders', delayMs: 8000, times: 1}),
    });
    const reconcile = await fetch(`http://127.0.0.1:${port}/api/reconcile`, {
      method: 'POST',
      headers: {authorization: `Bearer ${token()}`},
    });
    expect(reconcile.status).toBe(202);
    await waitFor(
      'the reconciliation job to be running',
      async () =>
        (await models.Job.countDocuments({
          shop,
          type: 'reconcile.shop',
          uniqueKey: /:manual:/,
          status: 'running',
        })) === 1,
      10_000,
      50,
    );
    step(`app crash: ${log.length} deliveries so far, the reconciliation job running; SIGKILL`);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const killedAt = log.length;
    expect(
      await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => 'up',
        () => 'down',
      ),
    ).toBe('down');
    await new Promise((r) => setTimeout(r, 2000));
    await startApp();
    step('app crash: restarted; waiting for Shopify’s retries');
    await local.sender.settled();
    step(`app crash: every delivery over (${log.length} attempts)`);
    const refused = log.slice(killedAt).filter((d) => d.status === 'network_error').length;
    // The new process has another identity: the dead one's leases (cadence 30 s, jobs 60 s) must expire first.
    await waitFor(
      'the cadence to reach the last order',
      async () => (await models.CadenceState.findById(shop).lean())?.cursor === N,
      120_000,
      500,
    );
    step('app crash: the cadence reached the last order');
    await waitFor(
      'every job to finish',
      async () =>
        (await models.Job.countDocuments({shop, status: {$in: ['queued', 'running']}})) === 0,
      120_000,
      500,
    );

    const acknowledged = [...new Set(log.filter((d) => isOk(d.status)).map((d) => d.eventId))];
    const stored = new Set(
      (await models.WebhookEvent.find({shop, topic: 'orders/create'}, {eventId: 1}).lean()).map(
        (e) => e.eventId,
      ),
    );
    const jobs = await models.Job.find({
      shop,
      type: 'reconcile.shop',
      uniqueKey: /:manual:/,
    }).lean();
    const outcome = await exactlyOnce(models, shop, N);
    console.log(
      `app crash: ${refused} deliveries refused while the app was down; ${log.length} attempts; ${outcome.counted} counted, ${outcome.touches} touches; reconcile jobs ${jobs.map((j) => `${j.status}/${j.attempts}`).join(',')}`,
    );

    expect(refused).toBeGreaterThan(0);
    expect(acknowledged.length).toBe(N);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(outcome).toMatchObject({
      counted: N,
      gapFree: true,
      distinctOrders: N,
      duplicateTouches: 0,
      wrongTouches: [],
      touches: expectedTouches(N),
      cursor: N,
    });
    // The job the dead process was running was taken over once its lease expired, and completed.
    expect(jobs.map((j) => [j.status, j.attempts >= 2])).toEqual([['done', true]]);
  }, 420_000);
});
