/**
 * Every Admin GraphQL operation the app sends, named and tagged `#graphql`. A test validates
 * each against Shopify's published schema for the pinned version (admin-api/__tests__).
 */

export const SHOP_INFO = `#graphql
  query ShopInfo {
    shop { name myshopifyDomain currencyCode ianaTimezone }
  }
`;

export const RECONCILE_ORDERS = `#graphql
  query ReconcileOrders($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query, sortKey: CREATED_AT) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id name createdAt cancelledAt test sourceName note email
        currentTotalPriceSet { shopMoney { amount currencyCode } }
        customerAcceptsMarketing
        shippingAddress { countryCodeV2 }
        billingAddress { countryCodeV2 }
        customer { id firstName lastName tags defaultEmailAddress { emailAddress marketingState } }
      }
    }
  }
`;

/** The name → text of every operation above (for the schema test). */
export const OPERATIONS: Record<string, string> = { SHOP_INFO, RECONCILE_ORDERS };

export interface ReconcileOrdersResult {
  orders: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: ReconcileOrderNode[];
  };
}

export interface ReconcileOrderNode {
  id: string;
  name: string;
  createdAt: string;
  cancelledAt: string | null;
  test: boolean;
  sourceName: string | null;
  note: string | null;
  email: string | null;
  currentTotalPriceSet: { shopMoney: { amount: string; currencyCode: string } };
  customerAcceptsMarketing: boolean;
  shippingAddress: { countryCodeV2: string | null } | null;
  billingAddress: { countryCodeV2: string | null } | null;
  customer: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    tags: string[];
    defaultEmailAddress: { emailAddress: string | null; marketingState: string } | null;
  } | null;
}
