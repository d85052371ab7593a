import type {Request, Response} from 'express';
import {jwtVerify} from 'jose';
import type {LocalState} from './state';

export interface TokenExchangeOptions {
  state: LocalState;
  apiKey: string;
  apiSecret: string;
  scopes: string;
  /** Lifetime of expiring offline tokens (Shopify: one hour). */
  accessTokenTtlSeconds?: number;
  stats?: {exchanges: number; refreshes: number};
}

const OFFLINE = 'urn:shopify:params:oauth:token-type:offline-access-token';

/**
 * POST /store/:shop/admin/oauth/access_token — token exchange: a valid session token for the
 * shop becomes an offline access token; the shop is created on first exchange.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/token-exchange
 */
export function tokenExchangeRoute({
  state,
  apiKey,
  apiSecret,
  scopes,
  accessTokenTtlSeconds = 3600,
  stats,
}: TokenExchangeOptions) {
  const issue = (res: Response, shopDomain: string, expiring: boolean) => {
    // Managed installation: the merchant grants the app's scopes, unless a test granted fewer.
    const granted = state.grantFor(shopDomain, scopes);
    const {accessToken, refreshToken} = state.issueToken(
      state.shop(shopDomain),
      granted,
      expiring ? accessTokenTtlSeconds : null,
    );
    res.json({
      access_token: accessToken,
      scope: granted,
      ...(refreshToken
        ? {
            expires_in: accessTokenTtlSeconds,
            refresh_token: refreshToken,
            refresh_token_expires_in: 90 * 86_400,
          }
        : {}),
    });
  };
  return async (req: Request, res: Response) => {
    const shopDomain = String(req.params.shop);
    const b = (req.body ?? {}) as Record<string, string | undefined>;
    const refuse = (error: string, description: string) =>
      res.status(400).json({error, error_description: description});
    if (b.client_id !== apiKey || b.client_secret !== apiSecret)
      return refuse('invalid_client', 'Client credentials are invalid');
    if (b.grant_type === 'refresh_token') {
      // https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/offline-access-tokens
      const shop = state.shops.get(shopDomain);
      const until = shop?.refreshTokens.get(String(b.refresh_token));
      if (!shop || !until || until < Date.now())
        return refuse('invalid_grant', 'Refresh token is invalid, used or expired');
      shop.refreshTokens.delete(String(b.refresh_token)); // rotated: each refresh token works once
      if (stats) stats.refreshes++;
      return issue(res, shopDomain, true);
    }
    if (b.grant_type !== 'urn:ietf:params:oauth:grant-type:token-exchange')
      return refuse('unsupported_grant_type', 'grant_type must be token-exchange');
    if (b.requested_token_type !== OFFLINE)
      return refuse('invalid_request', 'Only offline access tokens are issued locally');
    try {
      const {payload} = await jwtVerify(
        String(b.subject_token),
        new TextEncoder().encode(apiSecret),
        {algorithms: ['HS256'], audience: apiKey},
      );
      if (payload.dest !== `https://${shopDomain}`)
        throw new Error('session token is for another shop');
    } catch {
      return refuse(
        'invalid_subject_token',
        'Session token is invalid, expired or for another shop',
      );
    }
    if (stats) stats.exchanges++;
    return issue(res, shopDomain, b.expiring === '1');
  };
}
