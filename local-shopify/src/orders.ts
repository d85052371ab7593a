import type {LocalCustomer, LocalOrder, LocalRefund, LocalShop} from './state';

export interface NewOrderInput {
  customerId?: string | null;
  createdAt?: Date;
  note?: string | null;
  test?: boolean;
  sourceName?: string;
  total?: string;
  lineItems?: number;
}

/** Order ids like Shopify's: beyond Number.MAX_SAFE_INTEGER, so only the GID is safe to use. */
const BASE_ID = 5_900_000_000_000_000_000n;

export function createOrder(shop: LocalShop, input: NewOrderInput = {}): LocalOrder {
  const n = shop.orders.length + 1;
  const customer =
    input.customerId === null
      ? null
      : input.customerId
        ? (shop.customers.get(input.customerId) ?? null)
        : pickCustomer(shop, n);
  const order: LocalOrder = {
    id: `gid://shopify/Order/${BASE_ID + BigInt(n)}`,
    name: `#${1000 + n}`,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    cancelledAt: null,
    test: input.test ?? false,
    sourceName: input.sourceName ?? 'web',
    note: input.note ?? null,
    email: customer?.email ?? null,
    currencyCode: shop.currencyCode,
    total: input.total ?? (20 + ((n * 7) % 80)).toFixed(2),
    customerId: customer?.id ?? null,
    lineItems: input.lineItems ?? 1 + (n % 3),
  };
  shop.orders.push(order);
  return order;
}

/** Customers come back: about a third of orders are from someone who ordered before. */
function pickCustomer(shop: LocalShop, n: number): LocalCustomer | null {
  const all = [...shop.customers.values()];
  if (all.length === 0) return null;
  return all[(n * 2654435761) % all.length] ?? null;
}

const numericId = (gid: string) => gid.slice(gid.lastIndexOf('/') + 1);

/** The order's line items (from the shop's catalogue), the same in webhooks and GraphQL. */
export function lineItemsOf(shop: LocalShop, o: LocalOrder) {
  return Array.from({length: o.lineItems}, (_, i) => {
    const product =
      shop.products[(Number(o.name.slice(1)) + i) % Math.max(1, shop.products.length)];
    const id = BigInt(numericId(o.id)) * 10n + BigInt(i);
    return {
      id,
      gid: `gid://shopify/LineItem/${id}`,
      product,
      title: product?.title ?? 'Gift',
      quantity: 1 + ((Number(o.name.slice(1)) + i) % 4 === 0 ? 1 : 0),
    };
  });
}

/** Where it ships: every stand-in customer lives in Bristol. */
export const SHIP_TO = {
  address1: '1 High Street',
  city: 'Bristol',
  zip: 'BS1 4DJ',
  country: 'United Kingdom',
  country_code: 'GB',
};

/**
 * The REST webhook payload of an order (orders/create, orders/cancelled), in the documented
 * shape; ids are written as bare digits, beyond JavaScript's safe integers as Shopify's are.
 */
export function restOrderPayload(shop: LocalShop, o: LocalOrder): string {
  const customer = o.customerId ? shop.customers.get(o.customerId) : undefined;
  const address = {
    first_name: customer?.firstName ?? 'Guest',
    last_name: customer?.lastName ?? '',
    ...SHIP_TO,
  };
  const payload = {
    id: `__n${numericId(o.id)}`,
    admin_graphql_api_id: o.id,
    name: o.name,
    order_number: Number(o.name.slice(1)),
    created_at: o.createdAt,
    updated_at: o.fulfilledAt ?? o.cancelledAt ?? o.createdAt,
    processed_at: o.createdAt,
    cancelled_at: o.cancelledAt,
    cancel_reason: o.cancelledAt ? 'customer' : null,
    test: o.test,
    source_name: o.sourceName,
    currency: o.currencyCode,
    presentment_currency: o.currencyCode,
    total_price: o.total,
    current_total_price: o.cancelledAt ? '0.00' : o.total,
    subtotal_price: o.total,
    financial_status: o.cancelledAt ? 'refunded' : 'paid',
    fulfillment_status: o.fulfilledAt ? 'fulfilled' : null,
    fulfillments: o.fulfilledAt
      ? [
          {
            admin_graphql_api_id: `${o.id.replace('Order', 'Fulfillment')}`,
            created_at: o.fulfilledAt,
            status: 'success',
            shipment_status: null,
          },
        ]
      : [],
    email: o.email,
    contact_email: o.email,
    buyer_accepts_marketing: customer?.acceptsMarketing ?? false,
    note: o.note,
    note_attributes: [],
    tags: '',
    line_items: lineItemsOf(shop, o).map((li) => ({
      id: `__n${li.id}`,
      admin_graphql_api_id: li.gid,
      product_id: li.product ? `__n${numericId(li.product.id)}` : null,
      title: li.title,
      variant_title: null,
      quantity: li.quantity,
      price: li.product?.price ?? '10.00',
      sku: li.product?.sku ?? null,
    })),
    shipping_address: address,
    billing_address: address,
    customer: customer
      ? {
          id: `__n${numericId(customer.id)}`,
          admin_graphql_api_id: customer.id,
          email: customer.email,
          first_name: customer.firstName,
          last_name: customer.lastName,
          tags: customer.tags.join(', '),
          state: 'enabled',
          email_marketing_consent: {
            state: customer.acceptsMarketing ? 'subscribed' : 'not_subscribed',
          },
        }
      : null,
  };
  return JSON.stringify(payload).replace(/"__n(\d+)"/g, '$1');
}

/** The REST payload of refunds/create: the refund and its money-back transaction. */
export function restRefundPayload(shop: LocalShop, r: LocalRefund): string {
  const payload = {
    id: `__n${numericId(r.id)}`,
    admin_graphql_api_id: r.id,
    order_id: `__n${numericId(r.orderId)}`,
    created_at: r.createdAt,
    processed_at: r.createdAt,
    note: null,
    restock: false,
    refund_line_items: [],
    transactions: [
      {
        id: `__n${numericId(r.id)}1`,
        kind: 'refund',
        status: 'success',
        amount: r.amount,
        currency: shop.currencyCode,
        gateway: 'manual',
      },
    ],
  };
  return JSON.stringify(payload).replace(/"__n(\d+)"/g, '$1');
}
