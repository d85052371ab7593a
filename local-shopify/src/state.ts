import {randomBytes} from 'node:crypto';
import {seedCustomers, seedProducts} from './seed';

export interface LocalCustomer {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  acceptsMarketing: boolean;
  /** Withdrew consent (marketingState UNSUBSCRIBED), e.g. through an email's unsubscribe link. */
  unsubscribed?: boolean;
  tags: string[];
}

export interface LocalProduct {
  id: string;
  title: string;
  price: string;
  sku: string;
}

export interface LocalOrder {
  id: string;
  name: string;
  createdAt: string;
  cancelledAt: string | null;
  /** When every item shipped (the stand-in fulfils a whole order at once); null: unfulfilled. */
  fulfilledAt?: string | null;
  test: boolean;
  sourceName: string;
  note: string | null;
  email: string | null;
  currencyCode: string;
  total: string;
  customerId: string | null;
  lineItems: number;
}

/** One shop of the stand-in, in memory. */
export interface LocalShop {
  domain: string;
  name: string;
  currencyCode: string;
  ianaTimezone: string;
  /** The access scopes the installation holds (comma-separated, as granted at token exchange). */
  scopes: string;
  /** Offline access tokens issued, with when each expires (ms epoch; null = never). */
  accessTokens: Map<string, number | null>;
  /** Refresh tokens of expiring offline tokens (rotated on use). */
  refreshTokens: Map<string, number>;
  customers: Map<string, LocalCustomer>;
  products: LocalProduct[];
  orders: LocalOrder[];
  /** Gift cards created through giftCardCreate (tests read what was really issued). */
  giftCards: LocalGiftCard[];
  refunds: LocalRefund[];
}

/** A refund the merchant gave on an order (money back, in the shop's currency). */
export interface LocalRefund {
  id: string;
  orderId: string;
  amount: string;
  createdAt: string;
}

export interface LocalGiftCard {
  id: string;
  code: string;
  initialValue: string;
  currencyCode: string;
  expiresOn: string | null;
  customerId: string | null;
  note: string | null;
  createdAt: string;
}

/** The stand-in's shops; unknown shops are created on first token exchange. */
export function createState(appScopes = '') {
  const shops = new Map<string, LocalShop>();
  /** Scopes a merchant grants a shop's installation instead of the app's configured ones. */
  const grants = new Map<string, string>();
  return {
    shops,
    /** The scopes the app asks for (its configured SCOPES): what a managed installation is granted. */
    appScopes,
    /** What the next installation of `domain` is granted (`null`: the app's configured scopes again). */
    setGrant(domain: string, scopes: string | null): void {
      if (scopes === null) grants.delete(domain);
      else grants.set(domain, scopes);
    },
    grantFor(domain: string, requested = appScopes): string {
      return grants.get(domain) ?? requested;
    },
    shop(domain: string): LocalShop {
      let shop = shops.get(domain);
      if (!shop) {
        const label = domain.replace(/\.myshopify\.com$/, '').replace(/-/g, ' ');
        shop = {
          domain,
          name: label.replace(/\b\w/g, (c) => c.toUpperCase()),
          currencyCode: 'GBP',
          ianaTimezone: 'Europe/London',
          scopes: '',
          accessTokens: new Map(),
          refreshTokens: new Map(),
          customers: new Map(),
          products: [],
          orders: [],
          giftCards: [],
          refunds: [],
        };
        // A new shop looks like a small real one: a catalogue and a customer base.
        seedProducts(shop);
        seedCustomers(shop, 60);
        shops.set(domain, shop);
      }
      return shop;
    },
    /** An offline access token; with `ttlSeconds`, an expiring one with its refresh token. */
    issueToken(
      shop: LocalShop,
      scopes: string,
      ttlSeconds: number | null,
    ): {accessToken: string; refreshToken: string | null} {
      const accessToken = `shpat_local_${randomBytes(16).toString('hex')}`;
      shop.accessTokens.set(
        accessToken,
        ttlSeconds === null ? null : Date.now() + ttlSeconds * 1000,
      );
      shop.scopes = scopes;
      if (ttlSeconds === null) return {accessToken, refreshToken: null};
      const refreshToken = `shprt_local_${randomBytes(16).toString('hex')}`;
      shop.refreshTokens.set(refreshToken, Date.now() + 90 * 86_400_000);
      return {accessToken, refreshToken};
    },
    /** True when the token was issued for the shop and has not expired. */
    tokenValid(shop: LocalShop, token: string): boolean {
      if (!shop.accessTokens.has(token)) return false;
      const expires = shop.accessTokens.get(token);
      return expires === null || expires === undefined || expires > Date.now();
    },
  };
}

export type LocalState = ReturnType<typeof createState>;
