import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFerretDb, type EmbeddedDb } from '../../scripts/lib/ferretdb';
import { sendWebhook } from './support/sign';
import { bigOrderId, orderPayload } from './support/orders';
import { inParallel } from './support/parallel';
import { startTestApp, type TestApp } from './support/test-app';

// This file runs its own FerretDB so it can kill it.
if (process.env.MONGODB_URI) test.skip('needs the embedded FerretDB to kill', () => undefined);
else describe('when the database dies in the middle of a burst', () => {
  const shop = 'outage.myshopify.com';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ht-outage-'));
  let db: EmbeddedDb;
  let app: TestApp;

  beforeAll(async () => {
    db = await startFerretDb({ dataDir });
    app = await startTestApp({}, { dbUri: db.uri, serverSelectionTimeoutMS: 800 });
  });
  afterAll(async () => {
    await app.close().catch(() => undefined);
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const deliver = (i: number) =>
    sendWebhook(app.url, app.config, {
      topic: 'orders/create', shop, eventId: `evt-${i}`, webhookId: `w-${i}`,
      body: orderPayload({ id: bigOrderId(i), customerId: 100 + i }),
    });

  it('then nothing answered 2xx is lost, nothing is counted twice, and redeliveries complete the rest', async () => {
    const N = 120;
    const outcomes = new Map<number, number>();
    let killed = false;
    await inParallel(
      Array.from({ length: N }, (_, k) => async () => {
        const i = k + 1;
        if (i === 40 && !killed) {
          killed = true;
          db.process.kill('SIGKILL');
        }
        outcomes.set(i, (await deliver(i)).status);
      }),
      8,
    );
    const failed = [...outcomes].filter(([, s]) => s !== 200).map(([i]) => i);
    // Never a 2xx for what was not stored: every failure is a 5xx Shopify will retry.
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.map((i) => outcomes.get(i)).every((s) => s! >= 500)).toBe(true);
    expect(failed.map((i) => outcomes.get(i))).toContain(503);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    // The database comes back on the same port with the same files; Shopify retries the failures.
    db = await startFerretDb({ dataDir, port: Number(new URL(db.uri).port) });
    for (let t = 0; t < 100 && (await fetch(`${app.url}/readyz`)).status !== 200; t++) await new Promise((r) => setTimeout(r, 100));
    const retried = await inParallel(failed.map((i) => () => deliver(i)), 8);
    expect(retried.map((r) => r.status).every((s) => s === 200)).toBe(true);
    await app.settle();

    const sequences = (await app.c.models.OrderSequence.find({ shop }).lean()).map((s) => s.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    const photos = await app.c.models.Touch.find({ shop, kind: 'team_photo', status: 'open' }).lean();
    expect(photos.map((t) => t.sequence).sort((a, b) => a! - b!)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    expect(new Set(photos.map((t) => t.slot)).size).toBe(12);
  });
});
