import { Router } from 'express';
import { BadRequestError } from '../errors';
import { parseWith } from '../intake/parse-json';
import type { TouchModel } from './touch.model';
import { listQuerySchema, listTouches } from './list';

/** GET /api/touches — `{ touches, nextCursor }`, filters status, kind, assignee (PRODUCT.md contract). */
export function touchesRouter({ Touch }: { Touch: TouchModel }): Router {
  const router = Router();
  router.get('/api/touches', async (req, res, next) => {
    try {
      const query = parseWith(listQuerySchema, req.query);
      const page = await listTouches(Touch, res.locals.shop, query);
      if (!page) throw new BadRequestError('cursor is not one this API returned');
      res.json(page);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
