import {Router} from 'express';
import type {Connection} from 'mongoose';
import type {Metrics} from '../metrics';

/** /healthz (process up), /readyz (database answers a ping), /metrics (Prometheus text). */
export function healthRouter({conn, metrics}: {conn: Connection; metrics: Metrics}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ok: true});
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await Promise.race([
        conn.db!.admin().ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('ping timed out')), 2000)),
      ]);
      res.json({ok: true, database: 'up'});
    } catch {
      res.status(503).json({error: {code: 'not_ready', message: 'Database unreachable'}});
    }
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
