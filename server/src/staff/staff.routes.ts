import {Router} from 'express';
import {parseWith} from '../util/parse-json';
import {staffCreateSchema, staffPatchSchema} from './staff.schema';
import {meSchema} from './me';
import type {StaffService} from './staff.service';

/** GET|POST /api/staff, GET|PUT /api/staff/me, PATCH|DELETE /api/staff/:id — the token's shop's team. */
export function staffProfilesRouter(staff: StaffService): Router {
  const router = Router();
  router.get('/api/staff', async (_req, res) => {
    res.json({staff: await staff.list(res.locals.shop)});
  });
  // Who the session user is (issue 16): stages record this person's name.
  router.get('/api/staff/me', async (_req, res) => {
    res.json(await staff.me(res.locals.shop, res.locals.userId ?? null));
  });
  router.put('/api/staff/me', async (req, res) => {
    const {staffId} = parseWith(meSchema, req.body);
    res.json(await staff.claim(res.locals.shop, res.locals.userId ?? null, staffId));
  });
  router.post('/api/staff', async (req, res) => {
    res
      .status(201)
      .json({staff: await staff.create(res.locals.shop, parseWith(staffCreateSchema, req.body))});
  });
  router.patch('/api/staff/:id', async (req, res) => {
    const patch = parseWith(staffPatchSchema, req.body);
    res.json({staff: await staff.update(res.locals.shop, String(req.params.id), patch)});
  });
  router.delete('/api/staff/:id', async (req, res) => {
    await staff.remove(res.locals.shop, String(req.params.id));
    res.status(204).end();
  });
  return router;
}
