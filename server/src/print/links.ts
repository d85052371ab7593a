import {createHmac, hkdfSync, timingSafeEqual} from 'node:crypto';
import {z} from 'zod';
import {LABEL_STOCKS} from '../shops/shop.model';

/** How long a print link works: long enough for the admin's print dialog, short enough not to matter if it leaks. */
export const LINK_TTL_SECONDS = 5 * 60;

/** What a link grants: one shop's stickers for these orders, on this stock, until `exp`. */
export interface LinkGrant {
  shop: string;
  /** Admin GIDs of the orders. */
  orderIds: string[];
  stock: (typeof LABEL_STOCKS)[number];
  /** Who asked for the link (the session token's user): printed touches record them. */
  userId: string | null;
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

const ORDER_GID = 'gid://shopify/Order/';

/** The signed payload, short keys and numeric order ids: a link for 250 orders stays a few KB. */
const payloadSchema = z.strictObject({
  v: z.literal(1),
  s: z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/),
  o: z
    .array(z.string().regex(/^[1-9]\d{0,19}$/))
    .min(1)
    .max(250),
  k: z.enum(LABEL_STOCKS),
  u: z.string().max(200).nullable(),
  e: z.number().int(),
});

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

/**
 * Signs and checks print links: `base64url(payload).base64url(HMAC-SHA256(payload))`. The key is
 * derived from the app secret with HKDF for this one purpose, so a link's MAC can never stand in
 * for a session token or a webhook signature.
 */
export function createLinkSigner(appSecret: string, ttlSeconds = LINK_TTL_SECONDS) {
  const key = Buffer.from(hkdfSync('sha256', appSecret, 'human-touch', 'print-links/v1', 32));
  const mac = (payload: string) => createHmac('sha256', key).update(payload).digest();

  function sign(grant: Omit<LinkGrant, 'exp'>, now = Date.now()): {token: string; expiresAt: Date} {
    const exp = Math.floor(now / 1000) + ttlSeconds;
    const o = grant.orderIds.map((id) => id.slice(ORDER_GID.length));
    const payload = b64(
      JSON.stringify({v: 1, s: grant.shop, o, k: grant.stock, u: grant.userId, e: exp}),
    );
    return {token: `${payload}.${b64(mac(payload))}`, expiresAt: new Date(exp * 1000)};
  }

  /** The grant, or null for anything not signed by us, changed, or expired. */
  function verify(token: string, now = Date.now()): LinkGrant | null {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length) return null;
    const given = Buffer.from(signature, 'base64url');
    const expected = mac(payload);
    // Canonical base64url only: decoding ignores stray characters and a last character's spare bits.
    if (
      given.length !== expected.length ||
      b64(given) !== signature ||
      !timingSafeEqual(given, expected)
    )
      return null;
    const parsed = payloadSchema.safeParse(
      parseJson(Buffer.from(payload, 'base64url').toString('utf8')),
    );
    if (!parsed.success || parsed.data.e * 1000 <= now) return null;
    const {s, o, k, u, e} = parsed.data;
    return {shop: s, orderIds: o.map((id) => ORDER_GID + id), stock: k, userId: u, exp: e};
  }

  return {sign, verify};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export type LinkSigner = ReturnType<typeof createLinkSigner>;
