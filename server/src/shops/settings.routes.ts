import {Router} from 'express';
import {z} from 'zod';
import {parseWith} from '../util/parse-json';
import {TOUCH_KINDS} from '../cadence/types';
import {ASSIGNMENT_MODES, LABEL_OFFSET_MAX_MM, LABEL_STOCKS, STICKER_STYLES} from './shop.model';
import type {ShopsService} from './shops.service';

const staffId = z.string().regex(/^[0-9a-f]{24}$/, 'a staff member');
const OFFSET = `millimetres from -${LABEL_OFFSET_MAX_MM} to ${LABEL_OFFSET_MAX_MM}, in steps of 0.1`;
const offsetMm = z
  .number(OFFSET)
  .min(-LABEL_OFFSET_MAX_MM, OFFSET)
  .max(LABEL_OFFSET_MAX_MM, OFFSET)
  .multipleOf(0.1, OFFSET);

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', {timeZone: tz});
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
  dueWithinHours: z.number().int().min(1).max(336).optional(),
  assignment: z.enum(ASSIGNMENT_MODES).optional(),
  assigneeByKind: z.partialRecord(z.enum(TOUCH_KINDS), staffId).optional(),
  giftAmount: z.number().min(0).max(1000).multipleOf(0.01).optional(),
  giftExpiryDays: z.number().int().min(1).max(3650).nullable().optional(),
  giftDailyBudget: z.number().min(0).max(100_000).optional(),
  labelStock: z.enum(LABEL_STOCKS).optional(),
  stickerStyle: z.enum(STICKER_STYLES).optional(),
  labelOffsetMm: z.strictObject({x: offsetMm, y: offsetMm}).optional(),
  holdoutPercent: z.number().int().min(0).max(50).optional(),
  senderName: z.string().trim().min(1).max(80).nullable().optional(),
  senderReplyTo: z.email().max(200).nullable().optional(),
  exportPersonalData: z.boolean().optional(),
  customerDataRetentionDays: z.number().int().min(30).max(3650).optional(),
});

/** GET|PATCH /api/settings — the token's shop's cadence settings. */
export function settingsRouter({shops}: {shops: ShopsService}): Router {
  const router = Router();
  router.get('/api/settings', async (_req, res) => {
    res.json({settings: await shops.ensureShop(res.locals.shop)});
  });
  router.patch('/api/settings', async (req, res) => {
    const patch = parseWith(settingsPatchSchema, req.body);
    res.json({settings: await shops.updateSettings(res.locals.shop, patch)});
  });
  return router;
}
