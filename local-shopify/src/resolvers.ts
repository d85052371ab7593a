import {GraphQLError} from 'graphql';
import type {LocalOrder, LocalShop} from './state';
import {lineItemsOf, SHIP_TO} from './orders';
import {giftCardCreate, giftCardNode, matchesGiftCardQuery} from './gift-cards';

const money = (amount: string, currencyCode: string) => ({
  shopMoney: {amount, currencyCode},
  presentmentMoney: {amount, currencyCode},
});

function customerNode(shop: LocalShop, id: string | null) {
  const c = id ? shop.customers.get(id) : undefined;
  if (!c) return null;
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    displayName: `${c.firstName} ${c.lastName}`.trim(),
    email: c.email,
    tags: c.tags,
    defaultEmailAddress: c.email
      ? {
          emailAddress: c.email,
          marketingState: c.unsubscribed
            ? 'UNSUBSCRIBED'
            : c.acceptsMarketing
              ? 'SUBSCRIBED'
              : 'NOT_SUBSCRIBED',
        }
      : null,
    numberOfOrders: String(shop.orders.filter((o) => o.customerId === c.id).length),
  };
}

function orderNode(shop: LocalShop, o: LocalOrder) {
  return {
    id: o.id,
    name: o.name,
    createdAt: o.createdAt,
    cancelledAt: o.cancelledAt,
    displayFulfillmentStatus: o.fulfilledAt ? 'FULFILLED' : 'UNFULFILLED',
    // The stand-in ships a whole order in one parcel.
    fulfillments: (args: {first?: number | null}) =>
      o.fulfilledAt ? [{createdAt: o.fulfilledAt}].slice(0, args.first ?? 250) : [],
    test: o.test,
    sourceName: o.sourceName,
    note: o.note,
    email: o.email,
    currencyCode: o.currencyCode,
    totalPriceSet: money(o.total, o.currencyCode),
    currentTotalPriceSet: money(o.cancelledAt ? '0.00' : o.total, o.currencyCode),
    customerAcceptsMarketing: Boolean(
      o.customerId && shop.customers.get(o.customerId)?.acceptsMarketing,
    ),
    shippingAddress: {countryCodeV2: SHIP_TO.country_code, city: SHIP_TO.city},
    billingAddress: {countryCodeV2: SHIP_TO.country_code, city: SHIP_TO.city},
    lineItems: (args: {first?: number; after?: string}) =>
      connection(
        lineItemsOf(shop, o).map((li) => ({
          id: li.gid,
          title: li.title,
          variantTitle: null,
          quantity: li.quantity,
          name: li.title,
        })),
        args,
      ),
    customer: () => customerNode(shop, o.customerId),
  };
}

/** Relay-style connection over an array, with opaque cursors (the index, base64). */
function connection<T>(items: T[], args: {first?: number | null; after?: string | null}) {
  const start = args.after ? Number(Buffer.from(args.after, 'base64').toString()) + 1 : 0;
  const page = items.slice(start, start + Math.min(args.first ?? 50, 250));
  const cursor = (i: number) => Buffer.from(String(start + i)).toString('base64');
  return {
    edges: page.map((node, i) => ({cursor: cursor(i), node})),
    nodes: page,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: page.length ? cursor(0) : null,
      endCursor: page.length ? cursor(page.length - 1) : null,
    },
  };
}

/** `created_at:>=2026-11-01T00:00:00Z`-style filters, the part of Shopify's search syntax we use. */
function matchesQuery(o: LocalOrder, query: string | null | undefined): boolean {
  if (!query) return true;
  return query.split(/\s+AND\s+|\s+/).every((term) => {
    const m = /^created_at:(>=|>|<=|<)?'?([^']+)'?$/.exec(term);
    if (!m)
      throw new Error(`The local Shopify stand-in does not support the search term "${term}"`);
    const [a, b] = [Date.parse(o.createdAt), Date.parse(m[2]!)];
    return {'>=': a >= b, '>': a > b, '<=': a <= b, '<': a < b}[m[1] ?? '>='] as boolean;
  });
}

/** The Admin API root fields the stand-in implements; anything else is an explicit error. */
export function queryRoot(shop: LocalShop) {
  return {
    shop: {
      name: shop.name,
      myshopifyDomain: shop.domain,
      currencyCode: shop.currencyCode,
      ianaTimezone: shop.ianaTimezone,
      id: `gid://shopify/Shop/${[...shop.domain].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1e9, 7)}`,
    },
    orders: (args: {
      first?: number;
      after?: string;
      query?: string;
      sortKey?: string;
      reverse?: boolean;
    }) => {
      const sorted = [...shop.orders].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
      const filtered = sorted
        .filter((o) => matchesQuery(o, args.query))
        .map((o) => orderNode(shop, o));
      return connection(args.reverse ? filtered.reverse() : filtered, args);
    },
    order: ({id}: {id: string}) => {
      const o = shop.orders.find((x) => x.id === id);
      return o ? orderNode(shop, o) : null;
    },
    customer: ({id}: {id: string}) => customerNode(shop, id),
    /** Any node by its GID; the stand-in resolves orders (null for an unknown id, as Shopify does). */
    nodes: ({ids}: {ids: string[]}) => {
      if (ids.length > 250)
        throw new GraphQLError('The maximum number of ids per nodes query is 250.', {
          extensions: {code: 'MAX_INPUT_SIZE_EXCEEDED'},
        });
      return ids.map((id) => {
        if (!/^gid:\/\/shopify\/\w+\/\d+$/.test(id))
          throw new GraphQLError(`Invalid global id '${id}'`, {
            extensions: {code: 'argumentLiteralsIncompatible'},
          });
        const o = shop.orders.find((x) => x.id === id);
        return o ? {__typename: 'Order', ...orderNode(shop, o)} : null;
      });
    },
    giftCards: (args: {first?: number; after?: string; query?: string}) =>
      connection(
        shop.giftCards
          .filter((g) => matchesGiftCardQuery(g, args.query))
          .map((g) => giftCardNode(shop, g)),
        args,
      ),
    products: (args: {first?: number; after?: string}) =>
      connection(
        shop.products.map((p) => ({
          id: p.id,
          title: p.title,
          handle: p.title.toLowerCase().replace(/\W+/g, '-'),
        })),
        args,
      ),
  };
}

/** The Admin API mutations the stand-in implements. */
export function mutationRoot(shop: LocalShop) {
  return {
    giftCardCreate: ({input}: {input: Parameters<typeof giftCardCreate>[1]}) =>
      giftCardCreate(shop, input),
  };
}
