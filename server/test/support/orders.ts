export interface OrderOptions {
  /** Numeric id; the GID is built from it. Defaults to a big id beyond MAX_SAFE_INTEGER territory. */
  id: number | bigint;
  createdAt?: Date;
  customerId?: number | null;
  email?: string | null;
  acceptsMarketing?: boolean;
  test?: boolean;
  cancelledAt?: Date | null;
  sourceName?: string;
  note?: string | null;
  total?: string;
  country?: string;
  tags?: string;
  lineItems?: number;
}

/**
 * A realistic orders/create payload in Shopify's REST webhook shape (a trimmed copy of the
 * documented sample's structure), serialised so numeric ids keep every digit.
 */
export function orderPayload(o: OrderOptions): string {
  const id = BigInt(o.id);
  const createdAt = (o.createdAt ?? new Date()).toISOString();
  const customerId = o.customerId === undefined ? Number(id % 1_000_000n) + 1 : o.customerId;
  const email =
    o.email === undefined ? (customerId ? `customer${customerId}@example.com` : null) : o.email;
  const lineItems = Array.from({length: o.lineItems ?? 2}, (_, i) => ({
    id: 866550311766439000n + BigInt(i),
    admin_graphql_api_id: `gid://shopify/LineItem/${866550311766439000n + BigInt(i)}`,
    title: `Hand-poured candle #${i + 1}`,
    quantity: 1 + (i % 3),
    price: '19.50',
    sku: `CANDLE-${i}`,
    variant_id: 808950810n + BigInt(i),
    product_id: 632910392n,
    vendor: 'Human Touch Demo',
    properties: [{name: 'Gift wrap', value: i % 2 ? 'yes' : 'no'}],
    tax_lines: [{price: '1.95', rate: 0.1, title: 'VAT'}],
  }));
  const address = {
    first_name: 'Ada',
    last_name: 'Lovelace',
    address1: '12 Analytical Row',
    city: 'London',
    zip: 'N1 9GU',
    country: 'United Kingdom',
    country_code: o.country ?? 'GB',
    province: null,
    phone: null,
  };
  const payload = {
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: `#${1000n + (id % 100000n)}`,
    order_number: Number(1000n + (id % 100000n)),
    created_at: createdAt,
    updated_at: createdAt,
    processed_at: createdAt,
    cancelled_at: o.cancelledAt ? o.cancelledAt.toISOString() : null,
    cancel_reason: o.cancelledAt ? 'customer' : null,
    test: o.test ?? false,
    source_name: o.sourceName ?? 'web',
    currency: 'GBP',
    presentment_currency: 'GBP',
    total_price: o.total ?? '42.00',
    current_total_price: o.total ?? '42.00',
    subtotal_price: o.total ?? '42.00',
    total_tax: '3.90',
    financial_status: 'paid',
    fulfillment_status: null,
    email,
    contact_email: email,
    buyer_accepts_marketing: o.acceptsMarketing ?? true,
    note: o.note ?? null,
    note_attributes: [],
    tags: '',
    line_items: lineItems,
    shipping_address: address,
    billing_address: address,
    shipping_lines: [{title: 'Royal Mail 2nd class', price: '3.50', code: 'RM2'}],
    customer: customerId
      ? {
          id: customerId,
          admin_graphql_api_id: `gid://shopify/Customer/${customerId}`,
          email,
          first_name: 'Ada',
          last_name: `Customer${customerId}`,
          tags: o.tags ?? '',
          state: 'enabled',
          email_marketing_consent: {
            state: o.acceptsMarketing === false ? 'not_subscribed' : 'subscribed',
            opt_in_level: 'single_opt_in',
          },
        }
      : null,
  };
  // JSON.stringify can't write BigInt: write them as bare digits, as Shopify does.
  return JSON.stringify(payload, (_k, v) => (typeof v === 'bigint' ? `__big${v}__` : v)).replace(
    /"__big(\d+)__"/g,
    '$1',
  );
}

/** Big ids like Shopify's samples, beyond Number.MAX_SAFE_INTEGER. */
export const bigOrderId = (n: number) => 450789469000000000n + BigInt(n);
