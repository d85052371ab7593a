/**
 * Queue benchmark (docs/PRODUCT.md quality bar: queue page p95 < 50 ms with 100,000 touches stored).
 * Seeds one shop with 100,000 touches — two years of a busy shop, ~137 touches a day, most long
 * finished — plus a second shop's 10,000, then measures the panel's queue requests over HTTP
 * against the real app process on embedded FerretDB:
 *   1. with all 100,000 in the working set (no history yet): what FerretDB's full scans cost;
 *   2. after the hourly archiver has moved finished touches older than 35 days to the history.
 * Both in one run, so the ratio is the figure that matters.
 *
 *   npm run bench -- queue            (BENCH_TOUCHES=100000 BENCH_REQUESTS=200 to change)
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import mongoose, {Types} from 'mongoose';
import {startFerretDb} from '../scripts/lib/ferretdb';
import {sessionToken} from '../server/test/support/sign';
import {loadConfig} from '../server/src/config';
import {createModels, syncIndexes} from '../server/src/db/models';
import {archiveFinishedTouches, createWorkingSet} from '../server/src/touches';
import {createLocalShopify} from '../local-shopify/src';
import {freePort, percentile, startProcess} from './lib';

const TOUCHES = Number(process.env.BENCH_TOUCHES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const shop = 'queue-bench.myshopify.com';
const otherShop = 'queue-other.myshopify.com';
const smallShop = 'queue-small.myshopify.com';
const DAY = 86_400_000;
const KINDS = [
  ['team_photo', 10],
  ['handwritten_card', 5],
  ['sticker_note', 4],
  ['personal_email', 2],
  ['free_gift', 1],
  ['answer_question', 1],
] as const;
const staff = Array.from({length: 5}, () => new Types.ObjectId().toHexString());

/** Deterministic pseudo-random numbers, so every run seeds the same shop. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function seedTouches(forShop: string, count: number, now: number) {
  const random = rng(forShop.length * 7919);
  const perDay = count / 730;
  const weights = KINDS.reduce((n, [, w]) => n + w, 0);
  return Array.from({length: count}, (_, i) => {
    const ageDays = (count - i) / perDay; // oldest first, the last ones today
    const orderAt = new Date(now - ageDays * DAY);
    let pick = random() * weights;
    const kind = KINDS.find(([, w]) => (pick -= w) < 0)?.[0] ?? 'team_photo';
    const finished = ageDays > 1.5 || random() < 0.2;
    const status = !finished
      ? 'open'
      : random() < 0.1
        ? 'held_out'
        : random() < 0.08
          ? 'skipped'
          : 'done';
    const doneAt = status === 'done' ? new Date(orderAt.getTime() + 0.5 * DAY) : null;
    const sequence = i + 1;
    return {
      _id: new Types.ObjectId(),
      shop: forShop,
      dedupeKey: `bench:${i}`,
      kind,
      status,
      skipReason: status === 'skipped' ? 'frequency_cap' : null,
      ruleId: null,
      slot: null,
      orderGid: `gid://shopify/Order/${5_000_000 + i}`,
      orderName: `#${1000 + sequence}`,
      sequence,
      orderCreatedAt: orderAt,
      dueAt: new Date(orderAt.getTime() + DAY),
      customerGid: `gid://shopify/Customer/${Math.floor(random() * 40_000)}`,
      customerName: `Customer ${Math.floor(random() * 40_000)}`,
      assignee: random() < 0.8 ? staff[i % staff.length]! : null,
      note:
        status === 'done' && kind !== 'team_photo'
          ? 'Thank you so much for your order — we packed it with care.'
          : null,
      doneBy: doneAt ? '42' : null,
      doneAt,
      createdAt: orderAt,
      updatedAt: doneAt ?? orderAt,
    };
  });
}

const progress = (what: string) =>
  process.stderr.write(`[queue bench ${new Date().toISOString().slice(11, 19)}] ${what}\n`);

async function measure(
  url: string,
  headers: () => Record<string, string>,
  paths: (i: number) => string,
  n = REQUESTS,
  init: (i: number) => RequestInit = () => ({}),
) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(`${url}${paths(i)}`, {
      ...init(i),
      headers: {...headers(), 'content-type': 'application/json'},
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${paths(i)} answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  return stats(times);
}

async function timeDb(n: number, query: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await query();
    times.push(performance.now() - t0);
  }
  return stats(times);
}

function stats(times: number[]) {
  times.sort((a, b) => a - b);
  return {p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1]!};
}

const fmt = (r: {p50: number; p95: number; max: number}) =>
  `p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  max ${r.max.toFixed(0).padStart(6)} ms`;

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ht-bench-queue-'));
  const db = await startFerretDb({dataDir});
  const appPort = await freePort();
  const base = loadConfig({NODE_ENV: 'development', MONGODB_URI: 'mongodb://unused'}).config;
  const local = createLocalShopify({
    apiKey: base.SHOPIFY_API_KEY,
    apiSecret: base.SHOPIFY_API_SECRET,
    scopes: base.SCOPES,
  });
  const localServer = await local.listen();
  const {origin} = localServer;
  const env = {
    NODE_ENV: 'development',
    PORT: String(appPort),
    MONGODB_URI: `${db.uri}/bench`,
    LOG_LEVEL: 'warn',
    RUN_WORKER: 'false',
    SHOPIFY_LOCAL_ORIGIN: origin,
  };
  const {config} = loadConfig(env);
  const conn = await mongoose.createConnection(`${db.uri}/bench`).asPromise();
  const models = createModels(conn);
  await syncIndexes(models);
  const app = await startProcess(
    path.join(__dirname, '../server/src/main.ts'),
    env,
    `http://127.0.0.1:${appPort}/healthz`,
  );
  const url = `http://127.0.0.1:${appPort}`;
  const headers = () => ({authorization: `Bearer ${sessionToken(config, shop, {sub: '42'})}`});
  try {
    const now = Date.now();
    const t0 = performance.now();
    for (const [forShop, count] of [
      [shop, TOUCHES],
      [otherShop, TOUCHES / 10],
      [smallShop, TOUCHES / 100],
    ] as const) {
      const docs = seedTouches(forShop, count, now);
      for (let i = 0; i < docs.length; i += 5000)
        await models.Touch.collection.insertMany(docs.slice(i, i + 5000), {ordered: false});
    }
    const seeded = (performance.now() - t0) / 1000;
    progress(`seeded in ${seeded.toFixed(1)} s`);
    const open = await models.Touch.countDocuments({shop, status: 'open'});
    const queueQuery = () =>
      models.Touch.find({shop, status: 'open'}).sort({dueAt: 1, _id: 1}).limit(51).lean();
    const dbBefore = await timeDb(3, queueQuery);
    progress('measured the database query');

    const a0 = performance.now();
    const moved = await archiveFinishedTouches(
      {models, workingSet: createWorkingSet({models})},
      {budgetMs: 30 * 60_000, batch: 25_000},
    );
    const archiveSeconds = (performance.now() - a0) / 1000;
    const working = await models.Touch.countDocuments({shop});
    progress(`archived ${moved} in ${archiveSeconds.toFixed(1)} s`);
    const dbAfter = await timeDb(5, queueQuery);

    // The first panel request of a process loads the shop's working set; later ones are served from it.
    const queue = (i: number) =>
      `/api/touches?status=open&sort=due&limit=50${i % 4 === 3 ? '&kind=personal_email' : ''}`;
    const cold = await measure(url, headers, queue, 1);
    const warm = await measure(url, headers, queue);
    const firstPage = await fetch(`${url}/api/touches?status=open&sort=due&limit=10`, {
      headers: headers(),
    }).then((r) => r.json() as Promise<{touches: {id: string}[]; nextCursor: string}>);
    const page2 = await measure(
      url,
      headers,
      () => `/api/touches?status=open&sort=due&limit=10&cursor=${firstPage.nextCursor}`,
    );
    const done = await measure(url, headers, () => '/api/touches?status=done&sort=newest&limit=50');
    const search = await measure(
      url,
      headers,
      (i) => `/api/touches?q=${encodeURIComponent(`Customer ${100 + i}`)}&limit=50`,
    );
    const ids = firstPage.touches.map((t) => t.id);
    const patch = await measure(
      url,
      headers,
      (i) => `/api/touches/${ids[i % ids.length]}`,
      40,
      (i) => ({method: 'PATCH', body: JSON.stringify({note: `Thank you! (${i})`})}),
    );
    const afterWrites = await measure(url, headers, queue);
    const history = await measure(url, headers, () => '/api/touches?archived=true&limit=50', 5);
    // Cost growth: the same page for shops with 1k, 10k and 100k touches over the same two years.
    const growth = [];
    for (const [forShop, count] of [
      [smallShop, TOUCHES / 100],
      [otherShop, TOUCHES / 10],
    ] as const) {
      const asShop = () => ({
        authorization: `Bearer ${sessionToken(config, forShop, {sub: '42'})}`,
      });
      const working = await models.Touch.countDocuments({shop: forShop});
      growth.push({
        count,
        working,
        cold: await measure(url, asShop, queue, 1),
        warm: await measure(url, asShop, queue),
      });
    }
    growth.push({count: TOUCHES, working, cold, warm});

    const target = warm.p95 < 50 && afterWrites.p95 < 50;
    const lines = [
      `Queue benchmark — ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, Node ${process.version}, ${require('node:os').cpus().length} cores, embedded FerretDB v1.24.2 (SQLite)`,
      `  seeded ${TOUCHES} touches for one shop (+${TOUCHES / 10} and ${TOUCHES / 100} for two others) over two years in ${seeded.toFixed(1)} s; ${open} open`,
      `  the queue page as one database query (open, by due date, 50):`,
      `    all ${TOUCHES + TOUCHES / 10} touches in one collection      ${fmt(dbBefore)}`,
      `    working set only (${working} of the shop's, after archiving ${moved} in ${archiveSeconds.toFixed(0)} s)  ${fmt(dbAfter)}`,
      `  GET /api/touches from the app's working-set read model (${REQUESTS} requests each unless noted):`,
      `    first request of the process (loads it)  ${fmt(cold)}`,
      `    queue page (every 4th by kind)   ${fmt(warm)}`,
      `    page 2 (cursor, 10)              ${fmt(page2)}`,
      `    done, newest first               ${fmt(done)}`,
      `    search by customer               ${fmt(search)}`,
      `    PATCH a note (40)                ${fmt(patch)}`,
      `    queue page after those writes    ${fmt(afterWrites)}`,
      `    history, archived=true (5)       ${fmt(history)}   <- a full scan on FerretDB; indexed on MongoDB`,
      `    ratio  database query / read model = ${(dbAfter.p50 / warm.p50).toFixed(0)}x (p50, same working set)`,
      `  cost growth, the queue page per shop (touches stored over two years, working set after archiving):`,
      ...growth.map(
        (g) =>
          `    ${String(g.count).padStart(6)} touches (${String(g.working).padStart(5)} working)  first ${g.cold.p50.toFixed(0).padStart(5)} ms, then ${fmt(g.warm)}`,
      ),
      `    growth ${growth[0]!.count} -> ${growth.at(-1)!.count}: queue page p95 x${(growth.at(-1)!.warm.p95 / growth[0]!.warm.p95).toFixed(2)}, first request x${(growth.at(-1)!.cold.p50 / growth[0]!.cold.p50).toFixed(1)}`,
      `  target: queue page p95 < 50 ms with ${TOUCHES} touches stored -> ${target ? 'MET' : 'NOT MET'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    app.kill('SIGTERM');
    await conn.close();
    await localServer.close();
    await new Promise((r) => setTimeout(r, 500));
    await db.stop();
    rmSync(dataDir, {recursive: true, force: true});
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
