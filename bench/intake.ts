/**
 * Intake benchmark (docs/PRODUCT.md quality bar: >= 100 orders/s sustained, p99 ack < 100 ms on the
 * embedded database, nothing lost or counted twice). Three servers run as separate processes on
 * one embedded FerretDB — the app, a bare Express hello-world, and a bare "verify the HMAC + one
 * insert" endpoint — and this process is the load: signed orders/create webhooks at rising steady
 * rates, then at full speed, then a redelivery storm; then the same steady load again once the
 * database holds 10,000 and 100,000 orders (cost growth). Every figure comes from one run.
 *
 *   npm run bench -- intake     (BENCH_RATES=50,100,200,400 BENCH_STEP_SECONDS=8 BENCH_ORDERS=3000
 *                                BENCH_GROWTH=1000,10000,100000 to change the load)
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {cpus} from 'node:os';
import {tmpdir} from 'node:os';
import path from 'node:path';
import mongoose, {type Connection} from 'mongoose';
import {startFerretDb} from '../scripts/lib/ferretdb';
import {signedWebhook} from '../server/test/support/sign';
import {bigOrderId, orderPayload} from '../server/test/support/orders';
import {loadConfig} from '../server/src/config';
import {freePort, load, startProcess, type LoadResult} from './lib';

const RATES = (process.env.BENCH_RATES ?? '50,100,200,400').split(',').map(Number);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 8);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 3000);
const GROWTH = (process.env.BENCH_GROWTH ?? '1000,10000,100000').split(',').map(Number);
const shop = 'bench.myshopify.com';

const fmt = (r: LoadResult) =>
  `${r.perSecond.toFixed(0).padStart(5)}/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(0).padStart(5)} ms  ok ${r.ok}/${r.sent}`;

/** Copies of the app's own documents (an order's sequence and its event) for another shop: stored history. */
async function seedHistory(conn: Connection, total: number) {
  const sequences = conn.collection('order_sequences');
  const events = conn.collection('webhook_events');
  const [seq, evt] = await Promise.all([
    sequences.findOne({shop}),
    events.findOne({shop, topic: 'orders/create'}),
  ]);
  const have = await sequences.countDocuments({});
  const historyShop = 'history.myshopify.com';
  let n = await sequences.countDocuments({shop: historyShop});
  for (let left = total - have; left > 0;) {
    const batch = Math.min(2000, left);
    const docs = Array.from({length: batch}, (_, k) => ({i: n + k + 1}));
    await sequences.insertMany(
      docs.map(({i}) => ({
        ...seq,
        _id: `${historyShop}|${i}` as never,
        shop: historyShop,
        sequence: i,
        orderGid: `gid://shopify/Order/${9_000_000 + i}`,
        facts: {...seq!.facts, orderGid: `gid://shopify/Order/${9_000_000 + i}`},
      })),
    );
    await events.insertMany(
      docs.map(({i}) => ({
        ...evt,
        _id: `${historyShop}|orders/create|h-${i}` as never,
        shop: historyShop,
        webhookId: `h-${i}`,
        eventId: `h-${i}`,
      })),
    );
    n += batch;
    left -= batch;
  }
  return sequences.countDocuments({});
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ht-bench-'));
  const db = await startFerretDb({dataDir});
  const [appPort, helloPort, hmacPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    NODE_ENV: 'development',
    PORT: String(appPort),
    MONGODB_URI: `${db.uri}/bench`,
    LOG_LEVEL: 'warn',
  };
  const {config} = loadConfig(env);
  const app = await startProcess(
    path.join(__dirname, '../server/src/main.ts'),
    env,
    `http://127.0.0.1:${appPort}/healthz`,
  );
  const hello = await startProcess(
    path.join(__dirname, 'hello-world.ts'),
    {PORT: String(helloPort)},
    `http://127.0.0.1:${helloPort}/`,
  );
  const hmac = await startProcess(
    path.join(__dirname, 'hmac-insert.ts'),
    {
      PORT: String(hmacPort),
      MONGODB_URI: `${db.uri}/bench`,
      SHOPIFY_API_SECRET: config.SHOPIFY_API_SECRET,
    },
    `http://127.0.0.1:${hmacPort}/`,
  );
  let next = 0;
  const fresh = (n: number) =>
    Array.from({length: n}, () =>
      orderPayload({id: bigOrderId(next), customerId: 10_000 + next++}),
    );
  const post = (port: number, body: string) => {
    const {raw, headers} = signedWebhook(config, {topic: 'orders/create', shop, body});
    return fetch(`http://127.0.0.1:${port}/api/webhooks`, {
      method: 'POST',
      headers,
      body: raw,
    }).then(async (r) => (await r.arrayBuffer(), r.status));
  };
  const targets = [
    ['hello-world', helloPort],
    ['hmac+insert', hmacPort],
    ['human-touch', appPort],
  ] as const;
  const lines = [
    `Intake benchmark — ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), embedded FerretDB v1.24.2 (SQLite)`,
    `  load from this process; each server its own process; same database for hmac+insert and human-touch`,
  ];
  const say = (line: string) => void process.stdout.write(`${line}\n`);
  lines.forEach(say);
  let appOrders = 0;
  try {
    // Warm up (JIT, connection pools, the shop's defaults).
    for (const [, port] of targets)
      await load(100, () => post(port, fresh(1)[0]!), {concurrency: 8});
    appOrders += 100;
    const conn = await mongoose.createConnection(`${db.uri}/bench`).asPromise();
    // Cost growth: the same load once the database holds 1k, 10k, 100k orders (history of another shop).
    const r100 = RATES.includes(100) ? 100 : RATES[0]!;
    const growth: {stored: number; steady: LoadResult; max: LoadResult; scanMs: number}[] = [];
    const growthPoint = async (target: number) => {
      const stored = await seedHistory(conn, target);
      const bodies = fresh(r100 * STEP_SECONDS + 1000);
      const steadyLoad = await load(r100 * STEP_SECONDS, (i) => post(appPort, bodies[i]!), {
        rate: r100,
      });
      const maxLoad = await load(1000, (i) => post(appPort, bodies[r100 * STEP_SECONDS + i]!), {
        concurrency: 16,
      });
      appOrders += bodies.length;
      // What one read of the shop's new orders costs at this size (the cadence runner reads them per batch).
      const t0 = performance.now();
      await conn
        .collection('order_sequences')
        .find({shop, sequence: {$gt: 1e9}})
        .toArray();
      const scanMs = performance.now() - t0;
      process.stderr.write(`  (growth point: ${stored} stored)\n`);
      return {stored, steady: steadyLoad, max: maxLoad, scanMs};
    };
    growth.push(await growthPoint(GROWTH[0]!));

    say(`  rising steady rates, ${STEP_SECONDS} s each, new orders:`);
    const steady: Record<number, LoadResult> = {};
    for (const rate of RATES) {
      for (const [name, port] of targets) {
        const bodies = fresh(rate * STEP_SECONDS);
        const r = await load(bodies.length, (i) => post(port, bodies[i]!), {rate});
        if (name === 'human-touch') {
          steady[rate] = r;
          appOrders += bodies.length;
        }
        say(`    ${String(rate).padStart(4)}/s  ${name.padEnd(12)} ${fmt(r)}`);
      }
    }

    say(`  max throughput, 16 in flight, ${ORDERS} new orders:`);
    const max: Record<string, LoadResult> = {};
    const firstOrders: string[] = [];
    for (const [name, port] of targets) {
      const bodies = fresh(ORDERS);
      if (name === 'human-touch') firstOrders.push(...bodies);
      max[name] = await load(ORDERS, (i) => post(port, bodies[i]!), {concurrency: 16});
      say(`    ${name.padEnd(12)} ${fmt(max[name]!)}`);
    }
    appOrders += ORDERS;
    say(
      `    ratios       human-touch / hmac+insert = ${(max['human-touch']!.perSecond / max['hmac+insert']!.perSecond).toFixed(2)}, human-touch / hello-world = ${(max['human-touch']!.perSecond / max['hello-world']!.perSecond).toFixed(3)} (throughput)`,
    );
    say(`  redelivery of those ${ORDERS} orders (all already counted), 16 in flight:`);
    say(
      `    human-touch  ${fmt(await load(ORDERS, (i) => post(appPort, firstOrders[i]!), {concurrency: 16}))}`,
    );

    await new Promise((r) => setTimeout(r, 3000));
    const sequences = (
      await conn.collection('order_sequences').find({shop}).project({sequence: 1}).toArray()
    ).map((d) => d.sequence as number);
    const distinct = new Set(sequences).size;
    const top = Math.max(...sequences);
    const exact = sequences.length === appOrders && distinct === appOrders && top === appOrders;
    say(
      `  exactly once: ${sequences.length} counted, ${distinct} distinct sequences, max ${top}, expected ${appOrders} -> ${exact ? 'OK' : 'MISMATCH'}`,
    );

    for (const target of GROWTH.slice(1)) growth.push(await growthPoint(target));
    say(
      `  cost growth: ${r100}/s for ${STEP_SECONDS} s, then 16 in flight for 1000 orders, with this many orders stored:`,
    );
    for (const g of growth)
      say(
        `    ${String(g.stored).padStart(7)} stored  steady ${fmt(g.steady)} | max ${g.max.perSecond.toFixed(0)}/s p99 ${g.max.p99.toFixed(1)} ms | one filtered read of order_sequences ${g.scanMs.toFixed(0)} ms`,
      );
    if (growth.length > 1) {
      const [a, b] = [growth[0]!, growth.at(-1)!];
      say(
        `    growth ${a.stored} -> ${b.stored} stored: p99 at ${r100}/s x${(b.steady.p99 / a.steady.p99).toFixed(2)}, max throughput x${(b.max.perSecond / a.max.perSecond).toFixed(2)}`,
      );
    }
    await conn.close();
    const met = (r: LoadResult | undefined, m: number) =>
      r && r.ok === r.sent && r.p99 < 100 && m >= 100 ? 'MET' : 'NOT MET';
    say(
      `  target: >= 100 orders/s sustained with p99 < 100 ms -> ${met(steady[100], max['human-touch']!.perSecond)} in the rising-rate run`,
    );
    for (const g of growth)
      say(`          with ${g.stored} orders stored -> ${met(g.steady, g.max.perSecond)}`);
  } finally {
    for (const child of [app, hello, hmac]) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.stop();
    rmSync(dataDir, {recursive: true, force: true});
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
