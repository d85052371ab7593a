import {Router} from 'express';
import {parseWith} from '../util/parse-json';
import {staffCreateSchema, staffPatchSchema} from './staff.schema';
import {meSchema} from './me';
import type {StaffService} from './staff.service';

/** GET|POST /api/staff, GET|PUT /api/staff/me, PATCH|DELETE /api/staff/:id — the token's shop's team. */
export function staffProfilesRouter(staff: StaffService): Router {
  const router = Router();
  router.get('/api/staff', async (_req, res, next) => {
    try {
      res.json({staff: await staff.list(res.locals.shop)});
    } catch (error) {
      next(error);
    }
  });
  // Who the session user is (issue 16): stages record this person's name.
  router.get('/api/staff/me', async (_req, res, next) => {
    try {
      res.json(await staff.me(res.locals.shop, res.locals.userId ?? null));
    } catch (error) {
      next(error);
    }
  });
  router.put('/api/staff/me', async (req, res, next) => {
    try {
      const {staffId} = parseWith(meSchema, req.body);
      res.json(await staff.claim(res.locals.shop, res.locals.userId ?? null, staffId));
    } catch (error) {
      next(error);
    }
  });
  router.post('/api/staff', async (req, res, next) => {
    try {
      res
        .status(201)
        .json({staff: await staff.create(res.locals.shop, parseWith(staffCreateSchema, req.body))});
    } catch (error) {
      next(error);
    }
  });
  router.patch('/api/staff/:id', async (req, res, next) => {
    try {
      const patch = parseWith(staffPatchSchema, req.body);
      res.json({staff: await staff.update(res.locals.shop, String(req.params.id), patch)});
    } catch (error) {
      next(error);
    }
  });
  router.delete('/api/staff/:id', async (req, res, next) => {
    try {
      await staff.remove(res.locals.shop, String(req.params.id));
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
