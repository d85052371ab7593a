import type {Session} from '@shopify/shopify-api';
import {NotInstalledError} from '../admin-api/errors';
import type {Logger} from '../logger';
import type {Shopify} from '../shopify';
import {createKeyedMutex} from '../util/bounded-map';

/** Refresh this long before expiry, so a request never leaves with a token about to lapse. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * The shop's offline session for background work (no session token at hand): an expiring
 * token is renewed with its refresh token, once at a time per shop because refresh tokens
 * rotate. https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/offline-access-tokens
 */
export function createOfflineSessions({shopify, logger}: {shopify: Shopify; logger: Logger}) {
  const withShopLock = createKeyedMutex();
  const load = (shop: string) =>
    shopify.sessionStorage.loadSession(shopify.api.session.getOfflineId(shop));
  const fresh = (s: Session) => !s.expires || s.expires.getTime() - Date.now() > REFRESH_MARGIN_MS;

  async function refresh(shop: string): Promise<Session> {
    const current = await load(shop); // again, inside the lock: another caller may have refreshed it
    if (!current?.accessToken) throw new NotInstalledError(shop);
    if (fresh(current)) return current;
    if (!current.refreshToken) throw new NotInstalledError(shop);
    let session: Session;
    try {
      ({session} = await shopify.api.auth.refreshToken({shop, refreshToken: current.refreshToken}));
    } catch (error) {
      // Shopify refused the refresh token (revoked, rotated elsewhere, or a restarted stand-in):
      // retrying can't help; the next panel visit exchanges a new token.
      const code = (error as {response?: {code?: number}}).response?.code;
      if (code !== 400 && code !== 401) throw error;
      logger.warn(
        {shop},
        'Shopify refused the refresh token; dropping the session until the next token exchange',
      );
      await shopify.sessionStorage.deleteSession(current.id);
      throw new NotInstalledError(shop);
    }
    await shopify.sessionStorage.storeSession(session);
    logger.info({shop}, 'offline token refreshed');
    return session;
  }

  return {
    async offlineSession(shop: string): Promise<Session> {
      const session = await load(shop);
      if (!session?.accessToken) throw new NotInstalledError(shop);
      return fresh(session) ? session : withShopLock(shop, () => refresh(shop));
    },
  };
}

export type OfflineSessions = ReturnType<typeof createOfflineSessions>;
