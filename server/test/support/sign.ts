import {createHmac, randomUUID} from 'node:crypto';
import jwt from 'jsonwebtoken';
import type {Config} from '../../src/config';

export interface WebhookOptions {
  topic: string;
  shop: string;
  body: string | object;
  secret?: string;
  webhookId?: string;
  eventId?: string;
  triggeredAt?: string;
  /** Header overrides; a value of null removes the header. */
  headers?: Record<string, string | null>;
}

/** Builds the request Shopify sends: X-Shopify-* headers and a base64 HMAC-SHA256 of the raw body. */
export function signedWebhook(config: Config, o: WebhookOptions) {
  const raw = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
  const hmac = createHmac('sha256', o.secret ?? config.SHOPIFY_API_SECRET)
    .update(raw, 'utf8')
    .digest('base64');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-shopify-topic': o.topic,
    'x-shopify-hmac-sha256': hmac,
    'x-shopify-shop-domain': o.shop,
    'x-shopify-api-version': '2026-10',
    'x-shopify-webhook-id': o.webhookId ?? randomUUID(),
    'x-shopify-event-id': o.eventId ?? randomUUID(),
    'x-shopify-triggered-at': o.triggeredAt ?? new Date().toISOString(),
  };
  for (const [k, v] of Object.entries(o.headers ?? {})) {
    if (v === null) delete headers[k];
    else headers[k] = v;
  }
  return {raw, headers};
}

export async function sendWebhook(url: string, config: Config, o: WebhookOptions) {
  const {raw, headers} = signedWebhook(config, o);
  const res = await fetch(`${url}/api/webhooks`, {method: 'POST', headers, body: raw});
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}

/** A session token shaped like App Bridge's (HS256; iss, dest, aud, sub, exp, nbf, iat, jti, sid). */
export function sessionToken(
  config: Config,
  shop: string,
  over: Record<string, unknown> = {},
  secret?: string,
) {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: `https://${shop}/admin`,
    dest: `https://${shop}`,
    aud: config.SHOPIFY_API_KEY,
    sub: '42',
    exp: now + 60,
    nbf: now - 1,
    iat: now,
    jti: randomUUID(),
    sid: randomUUID(),
    ...over,
  };
  return jwt.sign(claims, secret ?? config.SHOPIFY_API_SECRET, {
    algorithm: 'HS256',
    noTimestamp: true,
  });
}

export async function apiGet(url: string, path: string, token?: string) {
  const res = await fetch(`${url}${path}`, {
    headers: token ? {authorization: `Bearer ${token}`} : {},
  });
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}
