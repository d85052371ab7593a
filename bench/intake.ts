/**
 * Intake benchmark (PRODUCT.md quality bar: >= 100 orders/s sustained, p99 ack < 100 ms on the
 * embedded database, nothing lost or counted twice). The app and a bare Express hello-world run
 * as separate processes; this process is the load. Both are measured in the same run.
 *
 *   npm run bench -- intake            (BENCH_ORDERS=3000 BENCH_RATE=100 to change the load)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startFerretDb } from '../scripts/lib/ferretdb';
import { signedWebhook } from '../server/test/support/sign';
import { bigOrderId, orderPayload } from '../server/test/support/orders';
import { loadConfig } from '../server/src/config';
import { freePort, load, startProcess, type LoadResult } from './lib';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 3000);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const shop = 'bench.myshopify.com';

const fmt = (r: LoadResult) =>
  `${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(0).padStart(5)} ms  ok ${r.ok}/${r.sent}`;

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ht-bench-'));
  const db = await startFerretDb({ dataDir });
  const [appPort, helloPort] = [await freePort(), await freePort()];
  const env = { NODE_ENV: 'development', PORT: String(appPort), MONGODB_URI: `${db.uri}/bench`, LOG_LEVEL: 'warn' };
  const { config } = loadConfig(env);
  const app = await startProcess(path.join(__dirname, '../server/src/main.ts'), env, `http://127.0.0.1:${appPort}/healthz`);
  const hello = await startProcess(path.join(__dirname, 'hello-world.ts'), { PORT: String(helloPort) }, `http://127.0.0.1:${helloPort}/`);
  const bodies = Array.from({ length: ORDERS * 2 }, (_, i) => orderPayload({ id: bigOrderId(i), customerId: 10_000 + i }));
  const post = (port: number, body: string, dup = false) => {
    const { raw, headers } = signedWebhook(config, { topic: 'orders/create', shop, body, ...(dup ? {} : {}) });
    return fetch(`http://127.0.0.1:${port}/api/webhooks`, { method: 'POST', headers, body: raw }).then(async (r) => (await r.arrayBuffer(), r.status));
  };
  try {
    // Warm up both (JIT, connection pools, shop defaults).
    await load(100, (i) => post(helloPort, bodies[i]!), { concurrency: 8 });
    await load(50, (i) => post(appPort, orderPayload({ id: bigOrderId(900_000 + i) })), { concurrency: 8 });

    const helloRate = await load(ORDERS, (i) => post(helloPort, bodies[i]!), { rate: RATE });
    const appRate = await load(ORDERS, (i) => post(appPort, bodies[i]!), { rate: RATE });
    const helloMax = await load(ORDERS, (i) => post(helloPort, bodies[ORDERS + i]!), { concurrency: 16 });
    const appMax = await load(ORDERS, (i) => post(appPort, bodies[ORDERS + i]!), { concurrency: 16 });
    // Every order again (a redelivery storm): nothing new may be counted.
    const dupes = await load(ORDERS, (i) => post(appPort, bodies[i]!), { concurrency: 16 });

    await new Promise((r) => setTimeout(r, 3000));
    const conn = await mongoose.createConnection(`${db.uri}/bench`).asPromise();
    const sequences = (await conn.collection('order_sequences').find({ shop }).project({ sequence: 1 }).toArray()).map((d) => d.sequence as number);
    const distinct = new Set(sequences).size;
    const max = Math.max(...sequences);
    await conn.close();

    const expected = 50 + ORDERS * 2;
    const lines = [
      `Intake benchmark — ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, Node ${process.version}, ${require('node:os').cpus().length} cores, embedded FerretDB v1.24.2 (SQLite)`,
      `  steady ${RATE}/s, ${ORDERS} signed orders/create:`,
      `    hello-world  ${fmt(helloRate)}`,
      `    human-touch  ${fmt(appRate)}`,
      `  max throughput, 16 in flight, ${ORDERS} new orders:`,
      `    hello-world  ${fmt(helloMax)}`,
      `    human-touch  ${fmt(appMax)}`,
      `    ratio        human-touch / hello-world = ${(appMax.perSecond / helloMax.perSecond).toFixed(3)} (throughput), p99 ${(appRate.p99 / helloRate.p99).toFixed(1)}x at ${RATE}/s`,
      `  redelivery of all ${ORDERS} first orders, 16 in flight:`,
      `    human-touch  ${fmt(dupes)}`,
      `  exactly once: ${sequences.length} counted, ${distinct} distinct sequences, max ${max}, expected ${expected} -> ${sequences.length === expected && distinct === expected && max === expected ? 'OK' : 'MISMATCH'}`,
      `  target: >= 100 orders/s sustained with p99 < 100 ms -> ${appRate.ok === ORDERS && appRate.p99 < 100 && appMax.perSecond >= 100 ? 'MET' : 'NOT MET'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    app.kill('SIGTERM');
    hello.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
