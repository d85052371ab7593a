import { randomBytes } from 'node:crypto';

export interface LocalCustomer {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  acceptsMarketing: boolean;
  tags: string[];
}

export interface LocalOrder {
  id: string;
  name: string;
  createdAt: string;
  cancelledAt: string | null;
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
  scopes: string;
  /** Offline access tokens issued by token exchange. */
  accessTokens: Set<string>;
  customers: Map<string, LocalCustomer>;
  orders: LocalOrder[];
}

/** The stand-in's shops; unknown shops are created on first token exchange. */
export function createState() {
  const shops = new Map<string, LocalShop>();
  return {
    shops,
    shop(domain: string): LocalShop {
      let shop = shops.get(domain);
      if (!shop) {
        const label = domain.replace(/\.myshopify\.com$/, '').replace(/-/g, ' ');
        shop = {
          domain, name: label.replace(/\b\w/g, (c) => c.toUpperCase()), currencyCode: 'GBP', ianaTimezone: 'Europe/London',
          scopes: '', accessTokens: new Set(), customers: new Map(), orders: [],
        };
        shops.set(domain, shop);
      }
      return shop;
    },
    issueToken(shop: LocalShop, scopes: string): string {
      const token = `shpat_local_${randomBytes(16).toString('hex')}`;
      shop.accessTokens.add(token);
      shop.scopes = scopes;
      return token;
    },
    shopForToken(token: string): LocalShop | null {
      for (const shop of shops.values()) if (shop.accessTokens.has(token)) return shop;
      return null;
    },
  };
}

export type LocalState = ReturnType<typeof createState>;
