import {randomBytes} from 'node:crypto';
import type {AddressInfo} from 'node:net';
import {Writable} from 'node:stream';
import {loadConfig, type Config} from '../../src/config';
import {createLogger} from '../../src/logger';
import type {ShopSettings} from '../../src/shops';
import {connectDb} from '../../src/db/connect';
import {syncIndexes} from '../../src/db/models';
import {createContainer, type Container} from '../../src/container';
import {createApp} from '../../src/app';
import {answerClientErrors} from '../../src/http/client-errors';
import {createLocalShopify} from '../../../local-shopify/src';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startLocalSmtp, type LocalSmtp} from '../../src/local-mail/smtp';

export interface TestApp {
  url: string;
  /** The local Shopify stand-in this app talks to (token exchange, Admin GraphQL). */
  shopify: ReturnType<typeof createLocalShopify>;
  config: Config;
  c: Container;
  /** The real local SMTP server this app sends to (mail kept in `smtp.dir`). */
  smtp: LocalSmtp;
  /** Every log line the app wrote (for secret scans). */
  logs: string[];
  /** Waits for cadence passes and due jobs to finish. */
  settle: () => Promise<void>;
  close: () => Promise<void>;
}

export const testDbUri = () => {
  const uri = process.env.HT_TEST_MONGODB_URI;
  if (!uri) throw new Error('HT_TEST_MONGODB_URI is not set: run the tests through `npm test`');
  return uri;
};

export interface TestAppOptions {
  /** Stand-in options, e.g. a tiny GraphQL cost bucket. */
  localShopify?: {
    bucketSize?: number;
    restoreRate?: number;
    retryDelaysMs?: number[];
    accessTokenTtlSeconds?: number;
  };
  /** Another database server than the shared test FerretDB (e.g. one the test kills). */
  dbUri?: string;
  serverSelectionTimeoutMS?: number;
  /**
   * Settings new shops start with. Default: no holdout, so tests can count touches exactly; the
   * holdout's own tests (and the outcome simulation) turn it on.
   */
  newShopSettings?: Partial<ShopSettings>;
}

/** The real app on port 0 against a fresh database of the test FerretDB (dropped on close). */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: TestAppOptions = {},
): Promise<TestApp> {
  const dbName = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const base = loadConfig({
    NODE_ENV: 'test',
    MONGODB_URI: 'mongodb://unused',
    PORT: '0',
    ...env,
  }).config;
  const shopify = createLocalShopify({
    apiKey: base.SHOPIFY_API_KEY,
    apiSecret: base.SHOPIFY_API_SECRET,
    scopes: base.SCOPES,
    ...opts.localShopify,
  });
  const local = await shopify.listen();
  const smtp = await startLocalSmtp({dir: mkdtempSync(path.join(tmpdir(), 'ht-mail-'))});
  const {config} = loadConfig({
    SMTP_URL: smtp.url,
    LOCAL_MAIL_DIR: smtp.dir,
    NODE_ENV: 'test',
    MONGODB_URI: opts.dbUri ?? testDbUri(),
    PORT: '0',
    LOG_LEVEL: 'info',
    RUN_WORKER: 'false',
    SHOPIFY_LOCAL_ORIGIN: local.origin,
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({write: (chunk, _enc, cb) => (logs.push(String(chunk)), cb())});
  const logger = createLogger(config.LOG_LEVEL, sink);
  const conn = await connectDb(config.MONGODB_URI, dbName, opts.serverSelectionTimeoutMS);
  const c = createContainer({
    config,
    logger,
    conn,
    newShopSettings: opts.newShopSettings ?? {holdoutPercent: 0},
  });
  await syncIndexes(c.models);
  const server = answerClientErrors(createApp(c).listen(0, '127.0.0.1'));
  await new Promise((resolve) => server.once('listening', resolve));
  const {port} = server.address() as AddressInfo;
  shopify.sender.setAppUrl(`http://127.0.0.1:${port}`);
  const settle = async () => {
    await c.numbering.flush();
    await c.cadence.idle();
    await c.cadence.sweep();
    await c.cadence.idle();
    await c.worker.drain();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    shopify,
    config,
    c,
    smtp,
    logs,
    settle,
    close: async () => {
      // The tests are over: connections still open (a keep-alive socket mid-request) are cut, not waited for.
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      await c.cadence.idle();
      await c.shopify.sessionStorage.disconnect().catch(() => undefined);
      await conn.dropDatabase().catch(() => undefined);
      await conn.close();
      await local.close();
      await smtp.close();
      rmSync(smtp.dir, {recursive: true, force: true});
    },
  };
}
