import {RequestedTokenType} from '@shopify/shopify-api';
import {UnauthorizedError, UnavailableError} from '../errors';
import type {Logger} from '../logger';
import type {ShopsService} from '../shops';
import type {Shopify} from '../shopify';

type Deps = {shopify: Shopify; shops: ShopsService; logger: Logger};

/**
 * The first /api call for a shop without a usable offline session performs token exchange
 * with the caller's session token, stores the session and creates the shop's defaults.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/token-exchange
 */
export function createInstallations({shopify, shops, logger}: Deps) {
  // Shops with a live offline session, per process (sessions of a shop change only here and on uninstall).
  const installed = new Map<string, Date | undefined>();

  async function hasLiveSession(shop: string): Promise<boolean> {
    if (installed.has(shop)) {
      const expires = installed.get(shop);
      if (!expires || expires.getTime() > Date.now() + 60_000) return true;
    }
    const session = await shopify.sessionStorage.loadSession(
      shopify.api.session.getOfflineId(shop),
    );
    if (
      !session?.accessToken ||
      (session.expires && session.expires.getTime() <= Date.now() + 60_000)
    )
      return false;
    installed.set(shop, session.expires);
    return true;
  }

  async function exchange(shop: string, sessionToken: string): Promise<void> {
    let session;
    try {
      ({session} = await shopify.api.auth.tokenExchange({
        shop,
        sessionToken,
        requestedTokenType: RequestedTokenType.OfflineAccessToken,
        expiring: true,
      }));
    } catch (error) {
      const status = (error as {response?: {code?: number}}).response?.code;
      if (status && status >= 400 && status < 500)
        throw new UnauthorizedError('Shopify refused the session token');
      logger.warn({shop, err: {name: (error as Error).name}}, 'token exchange failed');
      throw new UnavailableError('Could not reach Shopify for token exchange, retry later');
    }
    await shopify.sessionStorage.storeSession(session);
    await shops.ensureShop(shop);
    await shops.markReinstalled(shop);
    installed.set(shop, session.expires);
    logger.info({shop}, 'installed: offline session stored');
  }

  return {
    async ensureInstalled(shop: string, sessionToken: string): Promise<void> {
      if (!(await hasLiveSession(shop))) await exchange(shop, sessionToken);
    },
    forget(shop: string): void {
      installed.delete(shop);
    },
  };
}

export type Installations = ReturnType<typeof createInstallations>;
