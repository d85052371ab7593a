import {z} from 'zod';
import {LABEL_STOCKS, STICKER_STYLES, type LabelStock} from '../shops/shop.model';
import {isLabelStock} from './stocks';

/** Most touches one request prints (34 sheets of Avery 5160). */
export const MAX_TOUCHES_PER_PRINT = 1000;
/** Most orders one request or link prints (Shopify's bulk selection is smaller). */
export const MAX_ORDERS_PER_PRINT = 250;

const touchId = z.string().regex(/^[0-9a-f]{24}$/, 'a touch id');
export const orderGid = z
  .string()
  .regex(
    /^gid:\/\/shopify\/Order\/[1-9]\d{0,19}$/,
    'an order id such as gid://shopify/Order/450789469',
  );
export const stockSchema = z
  .string()
  .refine(isLabelStock, `an unknown label stock; the stocks are ${LABEL_STOCKS.join(', ')}`)
  .transform((s) => s as LabelStock);

const oneOfThem = (b: {touchIds?: unknown; orderIds?: unknown}) =>
  (b.touchIds === undefined) !== (b.orderIds === undefined);

/** POST /api/print/stickers */
export const stickersSchema = z
  .strictObject({
    touchIds: z.array(touchId).min(1).max(MAX_TOUCHES_PER_PRINT).optional(),
    orderIds: z.array(orderGid).min(1).max(MAX_ORDERS_PER_PRINT).optional(),
    /** Defaults to the shop's `labelStock` setting. */
    stock: stockSchema.optional(),
    /** 1-based: the first free label on a partly used sheet (row by row). */
    startPosition: z.number().int().min(1).optional(),
    /** Print touches printed before too (otherwise they are left out). */
    reprint: z.boolean().default(false),
  })
  .refine(oneOfThem, {message: 'give touchIds or orderIds (one of them)', path: ['touchIds']});

/** POST /api/print/links */
export const linkSchema = z.strictObject({
  orderIds: z.array(orderGid).min(1).max(MAX_ORDERS_PER_PRINT),
  stock: stockSchema.optional(),
});

/** POST /api/print/fit */
export const fitSchema = z.strictObject({
  note: z.string().max(2000),
  stock: stockSchema.optional(),
  style: z.enum(STICKER_STYLES).optional(),
});

/** PUT /api/print/next-label: where the sheet in the printer continues. */
export const nextLabelSchema = z.strictObject({
  stock: stockSchema,
  position: z.number().int().min(1),
});

/** GET /api/print/test-sheet */
export const testSheetQuery = z.strictObject({stock: stockSchema.optional()});

export type StickersRequest = z.infer<typeof stickersSchema>;
export type LinkRequest = z.infer<typeof linkSchema>;
