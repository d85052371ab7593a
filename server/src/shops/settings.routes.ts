import {hasUnsafeCharacters} from '@human-touch/contract/schemas';
import {Router} from 'express';
import {z} from 'zod';
import {parseWith} from '../util/parse-json';
import {TOUCH_KINDS} from '../cadence/types';
import {ASSIGNMENT_MODES, LABEL_OFFSET_MAX_MM, LABEL_STOCKS, STICKER_STYLES} from './shop.model';
import type {ShopsService} from './shops.service';
import type {ShopInfo} from './shop-info';

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

/** A number field's one plain message, whatever is wrong with it (shown under the field). */
const whole = (min: number, max: number, unit: string) => {
  const msg = `Enter a whole number of ${unit} from ${min} to ${max}.`;
  return z.number(msg).int(msg).min(min, msg).max(max, msg);
};
const amount = (max: number, what: string) => {
  const msg = `Enter ${what} from 0 to ${max.toLocaleString('en')}, in cents at most.`;
  return z.number(msg).min(0, msg).max(max, msg).multipleOf(0.01, msg);
};

/**
 * What the panel's Settings page may change; every field optional, none unknown. Messages are
 * the merchant's: they appear under the field as they are.
 */
export const settingsPatchSchema = z.strictObject({
  stacking: z.enum(['stack', 'one_per_order']).optional(),
  frequencyCapDays: whole(0, 365, 'days').optional(),
  posOrders: z.enum(['ignore', 'count_not_touch', 'count_and_touch']).optional(),
  requireEmailConsent: z.boolean().optional(),
  timezone: z
    .string('Choose a time zone from the list.')
    .refine(isTimeZone, 'Choose a time zone from the list, such as Europe/London.')
    .optional(),
  dueWithinHours: whole(1, 336, 'hours').optional(),
  assignment: z.enum(ASSIGNMENT_MODES).optional(),
  assigneeByKind: z.partialRecord(z.enum(TOUCH_KINDS), staffId).optional(),
  giftAmount: amount(1000, 'an amount').optional(),
  giftExpiryDays: z
    .number('Enter a whole number of days from 1 to 3650, or leave it empty.')
    .int('Enter a whole number of days from 1 to 3650, or leave it empty.')
    .min(1, 'Enter a whole number of days from 1 to 3650, or leave it empty.')
    .max(3650, 'Enter a whole number of days from 1 to 3650, or leave it empty.')
    .nullable()
    .optional(),
  giftDailyBudget: amount(100_000, 'a daily cap').optional(),
  labelStock: z.enum(LABEL_STOCKS).optional(),
  stickerStyle: z.enum(STICKER_STYLES).optional(),
  labelOffsetMm: z.strictObject({x: offsetMm, y: offsetMm}).optional(),
  holdoutPercent: whole(0, 50, 'percent').optional(),
  senderName: z
    .string()
    .trim()
    .min(1, 'Enter the shop name, or leave it empty.')
    .max(80, 'Keep the shop name to 80 characters.')
    .refine((v) => !hasUnsafeCharacters(v), 'Leave out control and text-direction characters.')
    .nullable()
    .optional(),
  senderReplyTo: z
    .email('Enter an email address such as hello@yourshop.com.')
    .max(200, 'Keep the address to 200 characters.')
    .nullable()
    .optional(),
  exportPersonalData: z.boolean().optional(),
  customerDataRetentionDays: z.number().int().min(30).max(3650).optional(),
});

/**
 * GET|PATCH /api/settings — the token's shop's cadence settings. The first read gives a new
 * shop its own time zone from Shopify (if Shopify can't be asked, it stays UTC for now).
 */
export function settingsRouter({
  shops,
  shopInfo,
}: {
  shops: ShopsService;
  shopInfo: {info: (shop: string) => Promise<ShopInfo>};
}): Router {
  const router = Router();
  router.get('/api/settings', async (_req, res) => {
    const shop = res.locals.shop as string;
    await shops
      .settleTimezone(shop, async () => (await shopInfo.info(shop)).timezone)
      .catch(() => undefined);
    res.json({settings: await shops.ensureShop(shop)});
  });
  router.patch('/api/settings', async (req, res) => {
    const patch = parseWith(settingsPatchSchema, req.body);
    res.json({settings: await shops.updateSettings(res.locals.shop, patch)});
  });
  return router;
}
