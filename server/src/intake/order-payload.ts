import {z} from 'zod';

/** Shopify's documented maxima for a customer's tags. */
export const MAX_TAGS = 250;
export const MAX_TAG_LENGTH = 255;

/**
 * A string of at most `max` characters as Shopify counts them (code points): a name in CJK
 * extension B or emoji takes two UTF-16 units per character, and must not be refused for it.
 */
const chars = (max: number) =>
  z
    .string()
    .max(max * 2)
    .refine((s) => s.length <= max || [...s].length <= max, `at most ${max} characters`);

const gid = (type: string) =>
  z.string().regex(new RegExp(`^gid://shopify/${type}/\\d+$`), `an Admin API ${type} GID`);
const money = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const n = typeof v === 'number' ? v : Number.parseFloat(v);
  if (!Number.isFinite(n)) ctx.addIssue({code: 'custom', message: 'not an amount'});
  return n;
});
const address = z
  .object({country_code: z.string().length(2).nullish(), city: z.string().nullish().catch(null)})
  .nullish();
/** Line items are context for the writer, never a reason to refuse an order: malformed ones are dropped. */
const lineItem = z.object({
  title: z.string(),
  variant_title: z.string().nullish(),
  quantity: z.number().int().min(0),
  /** Kept so questions group by product; a malformed id is only dropped, never a refusal. */
  product_id: z.number().int().positive().safe().nullish().catch(null),
});
const lineItems = z
  .array(z.unknown())
  .nullish()
  .catch(null)
  .transform((items) =>
    (items ?? []).flatMap((raw) => {
      const li = lineItem.safeParse(raw);
      return li.success ? [li.data] : [];
    }),
  );

/**
 * The fields of Shopify's REST order payload (orders/create, orders/cancelled) that the app
 * reads. Unknown fields are ignored; orders are keyed by `admin_graphql_api_id`, never by the
 * numeric `id` (Shopify's sample ids exceed Number.MAX_SAFE_INTEGER).
 */
export const orderPayloadSchema = z.object({
  admin_graphql_api_id: gid('Order'),
  name: chars(255).refine((s) => s.length > 0, 'required'),
  created_at: z.iso.datetime({offset: true}),
  cancelled_at: z.iso.datetime({offset: true}).nullish(),
  test: z.boolean().default(false),
  source_name: chars(255).nullish(),
  total_price: money.nullish(),
  current_total_price: money.nullish(),
  currency: z.string().max(8).nullish(),
  email: z.string().max(320).nullish(),
  buyer_accepts_marketing: z.boolean().nullish(),
  note: chars(5000).nullish(),
  line_items: lineItems,
  shipping_address: address,
  billing_address: address,
  customer: z
    .object({
      admin_graphql_api_id: gid('Customer'),
      first_name: chars(255).nullish(),
      last_name: chars(255).nullish(),
      email: z.string().max(320).nullish(),
      // Shopify allows 250 tags of up to 255 characters, comma-separated: 64,250 characters.
      tags: z
        .string()
        .max(MAX_TAGS * (MAX_TAG_LENGTH + 2))
        .nullish(),
      email_marketing_consent: z.object({state: z.string().nullish()}).nullish(),
    })
    .nullish(),
});

export type OrderPayload = z.infer<typeof orderPayloadSchema>;

/** A line of the order as the writer sees it: what, how many, which product (no prices). */
export interface OrderItem {
  title: string;
  quantity: number;
  /** The product's GID, when the line has one (custom lines have none; older records neither). */
  productGid?: string | null;
}

/** Enough to write about; reconciliation asks for as many (Shopify's query cost limit). */
export const MAX_ITEMS = 10;
const ITEM_TITLE_MAX = 120;

/** Up to MAX_ITEMS lines, "Product — Variant", trimmed. */
export function toItems(
  lines: {
    title: string;
    variantTitle?: string | null;
    quantity: number;
    productGid?: string | null;
  }[],
): OrderItem[] {
  return lines.slice(0, MAX_ITEMS).map((l) => ({
    title: [l.title.trim(), l.variantTitle?.trim()]
      .filter(Boolean)
      .join(' — ')
      .slice(0, ITEM_TITLE_MAX),
    quantity: l.quantity,
    productGid: l.productGid ?? null,
  }));
}

/** What intake stores about an order: what was bought and the ship-to city, no addresses, no raw body. */
export interface OrderSnapshot {
  orderGid: string;
  name: string;
  orderCreatedAt: Date;
  cancelledAt: Date | null;
  test: boolean;
  sourceName: string;
  totalPrice: number;
  currency: string;
  countryCode: string | null;
  shipCity: string | null;
  items: OrderItem[];
  note: string | null;
  hasEmail: boolean;
  acceptsMarketing: boolean;
  customer: {
    customerGid: string;
    displayName: string | null;
    /** No email address: it is read from Shopify at send time (docs/PRIVACY.md). */
    tags: string[];
  } | null;
}

/** "a, b, c" → ['a', 'b', 'c'], within Shopify's maxima. */
export const splitTags = (tags: string | null | undefined): string[] =>
  (tags ?? '')
    .split(',')
    .map((t) => t.trim().slice(0, MAX_TAG_LENGTH))
    .filter(Boolean)
    .slice(0, MAX_TAGS);

export function toOrderSnapshot(p: OrderPayload): OrderSnapshot {
  const c = p.customer ?? null;
  const email = p.email || c?.email || null;
  const consent = p.buyer_accepts_marketing ?? c?.email_marketing_consent?.state === 'subscribed';
  const displayName = c ? [c.first_name, c.last_name].filter(Boolean).join(' ') || null : null;
  return {
    orderGid: p.admin_graphql_api_id,
    name: p.name,
    orderCreatedAt: new Date(p.created_at),
    cancelledAt: p.cancelled_at ? new Date(p.cancelled_at) : null,
    test: p.test,
    sourceName: p.source_name ?? 'web',
    totalPrice: p.current_total_price ?? p.total_price ?? 0,
    currency: p.currency ?? '',
    countryCode:
      (
        p.shipping_address?.country_code ??
        p.billing_address?.country_code ??
        null
      )?.toUpperCase() ?? null,
    shipCity: p.shipping_address?.city?.trim().slice(0, 120) || null,
    items: toItems(
      (p.line_items ?? []).map((l) => ({
        title: l.title,
        variantTitle: l.variant_title,
        quantity: l.quantity,
        productGid: l.product_id ? `gid://shopify/Product/${l.product_id}` : null,
      })),
    ),
    note: p.note?.trim() || null,
    hasEmail: Boolean(email),
    acceptsMarketing: Boolean(consent),
    customer: c
      ? {
          customerGid: c.admin_graphql_api_id,
          displayName,
          tags: splitTags(c.tags),
        }
      : null,
  };
}
