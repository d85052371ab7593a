import {randomUUID} from 'node:crypto';
import {SignJWT} from 'jose';

export interface SessionTokenInput {
  apiKey: string;
  apiSecret: string;
  shop: string;
  /** The staff member's user id (`sub`). */
  userId?: string;
  /** Seconds of validity; App Bridge's tokens live one minute. */
  ttlSeconds?: number;
}

/**
 * A session token as App Bridge issues it: HS256 signed with the app secret, `iss` the shop's
 * admin, `dest` the shop, `aud` the API key, one minute of validity.
 * https://shopify.dev/docs/apps/build/authentication-authorization/session-tokens#anatomy-of-a-session-token
 */
export function signSessionToken({
  apiKey,
  apiSecret,
  shop,
  userId = '1',
  ttlSeconds = 60,
}: SessionTokenInput): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({iss: `https://${shop}/admin`, dest: `https://${shop}`, sid: randomUUID()})
    .setProtectedHeader({alg: 'HS256', typ: 'JWT'})
    .setAudience(apiKey)
    .setSubject(userId)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + ttlSeconds)
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(apiSecret));
}
