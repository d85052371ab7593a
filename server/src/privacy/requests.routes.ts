import {Router} from 'express';
import {z} from 'zod';
import {parseWith} from '../util/parse-json';
import type {DataRequests} from './requests';

/**
 * GET /api/privacy/requests — the token's shop's customer data requests, newest first, and how many
 * wait to be downloaded; GET /api/privacy/requests/:id/download — what the app holds for that
 * customer, as a JSON file.
 */
export function privacyRouter({dataRequests}: {dataRequests: DataRequests}): Router {
  const router = Router();
  router.get('/api/privacy/requests', async (req, res) => {
    parseWith(z.strictObject({}), req.query);
    res.set('cache-control', 'no-store');
    res.json(await dataRequests.list(res.locals.shop));
  });
  router.get('/api/privacy/requests/:id/download', async (req, res) => {
    parseWith(z.strictObject({}), req.query);
    const {request, data} = await dataRequests.download(res.locals.shop, String(req.params.id));
    res.set('cache-control', 'no-store');
    res.attachment(`customer-data-request-${request.dataRequestId ?? request.id}.json`);
    res.json({request, data});
  });
  return router;
}
