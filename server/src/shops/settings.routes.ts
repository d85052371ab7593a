import { Router } from 'express';
import { z } from 'zod';
import { parseWith } from '../intake/parse-json';
import type { ShopsService } from './shops.service';

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** What the panel's Settings page may change; every field optional, none unknown. */
export const settingsPatchSchema = z.strictObject({
  stacking: z.enum(['stack', 'one_per_order']).optional(),
  frequencyCapDays: z.number().int().min(0).max(365).optional(),
  posOrders: z.enum(['ignore', 'count_not_touch', 'count_and_touch']).optional(),
  requireEmailConsent: z.boolean().optional(),
  timezone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/London').optional(),
});

/** GET|PATCH /api/settings — the token's shop's cadence settings. */
export function settingsRouter({ shops }: { shops: ShopsService }): Router {
  const router = Router();
  router.get('/api/settings', async (_req, res, next) => {
    try {
      res.json({ settings: await shops.ensureShop(res.locals.shop) });
    } catch (error) {
      next(error);
    }
  });
  router.patch('/api/settings', async (req, res, next) => {
    try {
      const patch = parseWith(settingsPatchSchema, req.body);
      res.json({ settings: await shops.updateSettings(res.locals.shop, patch) });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
