import {Router} from 'express';
import {z} from 'zod';
import {parseWith} from '../util/parse-json';
import type {TeamDigest} from './digest';

/** POST /api/staff/:id/digest — "send me a sample": the last seven days' digest to that person, now. */
export function digestRouter({teamDigest}: {teamDigest: TeamDigest}): Router {
  const router = Router();
  router.post('/api/staff/:id/digest', async (req, res) => {
    parseWith(z.strictObject({}), req.body ?? {});
    const period = await teamDigest.sendSample(res.locals.shop, String(req.params.id));
    res.status(202).json({queued: true, ...period});
  });
  return router;
}
