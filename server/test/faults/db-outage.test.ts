import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startFerretDb, type EmbeddedDb} from '../../../scripts/lib/ferretdb';
import {apiGet, sessionToken} from '../support/sign';
import {startTestApp, type TestApp} from '../support/test-app';
import {exactlyOnce, expectedTouches, orderBurst, step, waitFor} from './support';

// The database dies in the middle of a 2,000-order flash sale and comes back 5 s later, while the
// local Shopify delivers and retries exactly as Shopify does (same webhook id, compressed schedule).
// This file runs its own FerretDB so it can kill it.
const N = 2000;
const isOk = (s: number | 'network_error') => typeof s === 'number' && s >= 200 && s < 300;

if (process.env.MONGODB_URI) test.skip('needs the embedded FerretDB to kill', () => undefined);
else
  describe('when the database dies in the middle of a 2,000-order burst', () => {
    const shop = 'outage.myshopify.com';
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ht-outage-'));
    let db: EmbeddedDb;
    let app: TestApp;

    beforeAll(async () => {
      db = await startFerretDb({dataDir});
      app = await startTestApp(
        {},
        {
          dbUri: db.uri,
          serverSelectionTimeoutMS: 800,
          localShopify: {retryDelaysMs: [500, 1000, 2000, 4000, 8000, 8000, 8000, 8000]},
        },
      );
      expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(
        200,
      );
    });
    afterAll(async () => {
      await app.close().catch(() => undefined);
      await db.stop();
      rmSync(dataDir, {recursive: true, force: true});
    });

    it('then every order is counted exactly once, the outage answered only 5xx, /readyz failed, and Shopify’s retries completed the rest', async () => {
      const log = app.shopify.sender.log;
      await orderBurst(app.config.SHOPIFY_LOCAL_ORIGIN!, shop, N, 15_000);
      step('db outage: burst of 2,000 orders created in the local Shopify');
      // Acknowledgements come at the pace of the machine (20–25 a second on two cores, most of the
      // burst timing out and retried meanwhile): wait for a third however long that takes here.
      await waitFor(
        'a third of the burst acknowledged',
        () => log.filter((d) => isOk(d.status)).length >= N / 3,
        180_000,
      );
      step(`db outage: ${log.length} deliveries so far; killing the database`);
      db.process.kill('SIGKILL');
      // Requests already past their insert may still be answered; from 1.5 s on, nothing can be stored.
      await new Promise((r) => setTimeout(r, 1500));
      const from = log.length;
      const readyDuring = (await fetch(`${app.url}/readyz`)).status;
      const healthDuring = (await fetch(`${app.url}/healthz`)).status;
      await new Promise((r) => setTimeout(r, 3500));
      const during = log.slice(from);

      db = await startFerretDb({dataDir, port: Number(new URL(db.uri).port)});
      step(`db outage: database restarted; ${during.length} deliveries answered during the outage`);
      await waitFor(
        '/readyz after the restart',
        async () => (await fetch(`${app.url}/readyz`)).status === 200,
        20_000,
      );
      step('db outage: ready again; waiting for Shopify’s retries');
      await app.shopify.sender.settled();
      step(`db outage: every delivery over (${log.length} attempts); settling the cadence`);
      // The cadence only: app.settle() would also run the scheduled reconciliation, which pages through
      // all 2,000 orders at Shopify's rate limit (minutes) and is not what this test is about.
      await app.c.numbering.flush();
      await app.c.cadence.sweep(true);
      await app.c.cadence.idle();
      step('db outage: settled');

      const statuses: Record<string, number> = {};
      for (const d of during) statuses[String(d.status)] = (statuses[String(d.status)] ?? 0) + 1;
      const retried = new Set(log.filter((d) => d.attempt > 0).map((d) => d.webhookId)).size;
      const outcome = await exactlyOnce(app.c.models, shop, N);
      console.log(
        `db outage: ${during.length} deliveries answered during the outage ${JSON.stringify(statuses)}; ${retried} webhooks retried; ${log.length} attempts in all; ${outcome.counted} counted, ${outcome.touches} touches`,
      );

      expect(during.length).toBeGreaterThan(50);
      expect(during.filter((d) => isOk(d.status))).toEqual([]);
      // Every answer during the outage is a 5xx. Some deliveries of the burst get no answer within
      // Shopify's 5 s (they queue behind the pool while each operation waits out server selection):
      // Shopify treats that like a 5xx and retries, as the assertions below prove. Bounded, and
      // listed in docs/RELIABILITY.md as not yet covered.
      const answered = during.filter((d) => typeof d.status === 'number');
      expect(answered.every((d) => (d.status as number) >= 500)).toBe(true);
      expect(during.filter((d) => d.status === 'network_error').length).toBeLessThan(
        during.length * 0.4,
      );
      expect(readyDuring).toBe(503);
      expect(healthDuring).toBe(200);
      // Shopify gave up on nothing: every webhook ended acknowledged.
      const acknowledged = new Set(log.filter((d) => isOk(d.status)).map((d) => d.webhookId));
      expect(acknowledged.size).toBe(new Set(log.map((d) => d.webhookId)).size);
      expect(outcome).toMatchObject({
        counted: N,
        gapFree: true,
        distinctOrders: N,
        duplicateTouches: 0,
        wrongTouches: [],
        touches: expectedTouches(N),
        cursor: N,
      });
    }, 300_000);
  });
