import {Router} from 'express';
import type {JobQueue} from '../jobs';

/** POST /api/reconcile — queue a reconciliation of the token's shop now (202). */
export function reconcileRouter({jobs}: {jobs: JobQueue}): Router {
  const router = Router();
  router.post('/api/reconcile', async (_req, res) => {
    const shop = res.locals.shop;
    const minute = Math.floor(Date.now() / 60_000);
    await jobs.enqueue({
      shop,
      type: 'reconcile.shop',
      uniqueKey: `reconcile:${shop}:manual:${minute}`,
      payload: {},
    });
    res.status(202).json({queued: true});
  });
  return router;
}
