import type {NextFunction, Request, Response} from 'express';
import {UnauthorizedError} from '../errors';
import type {Shopify} from '../shopify';
import type {Installations} from '../installations';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** The shop of the verified session token: the only source of the shop for /api. */
      shop: string;
      /** The token's `sub` (staff member user id), when present. */
      userId: string | null;
    }
  }
}

const SHOP_DEST = /^https:\/\/([a-z0-9][a-z0-9-]*\.myshopify\.com)$/;

/**
 * Verifies `Authorization: Bearer <session token>`: HS256 with the app secret, `aud` = the
 * API key, within exp/nbf (shopify-api's decodeSessionToken), and `dest` = https://{shop}.
 * https://shopify.dev/docs/apps/build/authentication-authorization/session-tokens
 */
export function requireSessionToken(shopify: Shopify, installations: Installations) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const match = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '');
      if (!match?.[1]) throw new UnauthorizedError('Missing Authorization: Bearer <session token>');
      const payload = await shopify.api.session.decodeSessionToken(match[1]).catch(() => {
        // The library's message quotes the token; never pass it on.
        throw new UnauthorizedError('Session token is invalid, expired or for another app');
      });
      const dest = SHOP_DEST.exec(String(payload.dest ?? ''));
      if (!dest?.[1]) throw new UnauthorizedError('Session token has no valid shop destination');
      res.locals.shop = dest[1];
      res.locals.userId = payload.sub ? String(payload.sub) : null;
      await installations.ensureInstalled(dest[1], match[1]);
      next();
    } catch (error) {
      next(error);
    }
  };
}
