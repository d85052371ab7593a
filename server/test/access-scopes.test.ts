import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'graphql';
import {loadAdminSchema} from '../../local-shopify/src/schema';
import {grantedScopes, loadAccessTable, satisfies} from '../../local-shopify/src/access';
import {accessUses} from '../../local-shopify/src/operation-access';
import {localDefaults} from '../src/config/load';
import {API_VERSION} from '../src/shopify';
import {GIFT_CARD_CREATE, MissingScopeError, OPERATIONS, SHOP_INFO} from '../src/admin-api';
import type {TouchDoc} from '../src/touches/touch.model';
import {api, issuedInShopify, shopWithOrders} from './support/shop-flow';
import {startTestApp, type TestApp} from './support/test-app';

const ROOT = path.join(__dirname, '../..');
const tomlScopes = () => {
  const toml = readFileSync(path.join(ROOT, 'shopify.app.toml'), 'utf8');
  const section = toml.slice(toml.indexOf('[access_scopes]'));
  return /^scopes\s*=\s*"([^"]*)"/m.exec(section)![1]!;
};

/** Variables each operation is sent with by the app (gift cards: as gifts/issue.ts sends them). */
const VARIABLES: Record<string, Record<string, unknown>> = {
  SHOP_INFO: {},
  RECONCILE_ORDERS: {first: 5},
  GIFT_CARD_CREATE: {
    input: {code: 'ABCDEFGHJKLMNPQR', initialAmount: {amount: '10.00', currencyCode: 'GBP'}},
  },
  GIFT_CARD_BY_CODE: {query: 'ABCDEFGHJKLMNPQR'},
  CUSTOMER_EMAIL: {id: 'gid://shopify/Customer/1'},
  ORDERS_SHIPPED: {ids: ['gid://shopify/Order/1']},
};

/** What Shopify's schema says each operation needs (one scope of each group). */
const EXPECTED: Record<string, string[][]> = {
  SHOP_INFO: [],
  RECONCILE_ORDERS: [['read_orders', 'read_marketplace_orders'], ['read_customers']],
  GIFT_CARD_CREATE: [['write_gift_cards'], ['read_gift_cards']],
  GIFT_CARD_BY_CODE: [['read_gift_cards']],
  CUSTOMER_EMAIL: [['read_customers']],
  ORDERS_SHIPPED: [['read_orders', 'read_marketplace_orders']],
};

describe('the access scopes the app asks for', () => {
  const schema = loadAdminSchema(API_VERSION);
  const table = loadAccessTable(API_VERSION);
  const requirements = (name: string) =>
    accessUses(schema, table, parse(OPERATIONS[name]!), VARIABLES[name]).map((u) => u.requirement);

  it('when an operation is added to queries.ts, then it must be listed here with its scopes', () => {
    expect(Object.keys(VARIABLES).sort()).toEqual(Object.keys(OPERATIONS).sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it('when the config has no SCOPES, then its default is exactly shopify.app.toml’s scopes', () => {
    expect(localDefaults({}).SCOPES).toBe(tomlScopes());
  });

  it.each(Object.keys(OPERATIONS))(
    'when %s is read against the schema, then it needs exactly the scopes Shopify documents',
    (name) => {
      const groups = requirements(name).flatMap((r) => r.groups);
      // Each expected group is one the schema states (the table is derived, not hand-written).
      for (const group of EXPECTED[name]!)
        expect(groups.some((g) => group.every((s) => g.includes(s)))).toBe(true);
      expect(satisfies(grantedScopes(tomlScopes()), {text: '', groups})).toBe(true);
    },
  );

  it('when any one scope is dropped from the TOML, then some operation can no longer run (the set is minimal)', () => {
    const all = tomlScopes().split(',');
    for (const scope of all) {
      const fewer = grantedScopes(all.filter((s) => s !== scope).join(','));
      const blocked = Object.keys(OPERATIONS).filter(
        (name) => !requirements(name).every((r) => satisfies(fewer, r)),
      );
      expect([scope, blocked.length > 0]).toEqual([scope, true]);
    }
  });

  it('when a gift card names its customer, then Shopify wants write_customers, which the app does not ask for', () => {
    const uses = accessUses(schema, table, parse(GIFT_CARD_CREATE), {
      input: {
        ...(VARIABLES.GIFT_CARD_CREATE!.input as object),
        customerId: 'gid://shopify/Customer/1',
      },
    });
    const customerId = uses.find((u) => u.coordinate === 'GiftCardCreateInput.customerId');
    expect(customerId?.requirement.groups).toEqual([['write_customers']]);
    expect(satisfies(grantedScopes(tomlScopes()), customerId!.requirement)).toBe(false);
    expect(tomlScopes().split(',')).not.toContain('write_orders');
  });
});

describe('the local Shopify enforces access scopes on every operation the app sends', () => {
  let app: TestApp;
  const shop = 'scoped-shop.myshopify.com';
  const local = () => app.config.SHOPIFY_LOCAL_ORIGIN!;
  const grant = async (s: string, scopes: string | null) => {
    const res = await fetch(`${local()}/local/shops/${s}/scopes`, {
      method: 'PUT',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({scopes}),
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    app = await startTestApp();
    await shopWithOrders(app, shop, 3);
  }, 120_000);
  afterAll(() => app.close());

  const run = async (name: string) => {
    const customerGid = [...app.shopify.state.shops.get(shop)!.customers.keys()][0]!;
    const variables =
      name === 'CUSTOMER_EMAIL'
        ? {id: customerGid}
        : name === 'GIFT_CARD_CREATE'
          ? {
              input: {
                ...(VARIABLES.GIFT_CARD_CREATE!.input as object),
                code: `SCOPE${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
              },
            }
          : VARIABLES[name];
    return app.c.adminApi.request(shop, OPERATIONS[name] as never, variables as never);
  };

  it.each(Object.keys(OPERATIONS))(
    'when %s runs with exactly the TOML’s scopes, then Shopify answers with data',
    async (name) => {
      await grant(shop, tomlScopes());
      await expect(run(name)).resolves.toBeTruthy();
    },
  );

  it.each([
    ['RECONCILE_ORDERS', 'read_orders,write_gift_cards', 'read_customers'],
    ['RECONCILE_ORDERS', 'read_customers,write_gift_cards', 'read_orders'],
    ['GIFT_CARD_CREATE', 'read_orders,read_customers,read_gift_cards', 'write_gift_cards'],
    ['GIFT_CARD_BY_CODE', 'read_orders,read_customers', 'read_gift_cards'],
    ['CUSTOMER_EMAIL', 'read_orders,write_gift_cards', 'read_customers'],
    ['ORDERS_SHIPPED', 'read_customers,write_gift_cards', 'read_orders'],
  ])(
    'when %s runs with only %s, then Shopify refuses with ACCESS_DENIED and the app names %s',
    async (name, scopes, missing) => {
      await grant(shop, scopes);
      const error = await run(name).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingScopeError);
      const e = error as MissingScopeError;
      expect([e.status, e.code]).toEqual([403, 'missing_scope']);
      expect(e.message).toContain(`\`${missing}\``);
      expect(e.details?.missingScopes).toContain(missing);
      expect(e.certainlyNotDone).toBe(true);
      expect(e.graphQLErrors[0]).toMatchObject({
        message: expect.stringMatching(/^Access denied for \w+ field\. Required access: /),
        extensions: {code: 'ACCESS_DENIED', requiredAccess: expect.stringContaining(missing)},
      });
    },
  );

  it('when SHOP_INFO runs with no scopes at all, then it still answers (the shop object needs none)', async () => {
    await grant(shop, '');
    await expect(app.c.adminApi.request(shop, SHOP_INFO)).resolves.toMatchObject({
      shop: {myshopifyDomain: shop},
    });
    await grant(shop, null);
  });

  it('when an installation lacks write_gift_cards, then pressing "issue" answers 403 naming it and nothing is recorded as issued', async () => {
    const gifts = 'no-gift-scope.myshopify.com';
    await grant(gifts, 'read_orders,read_customers'); // the merchant declined the gift card scope
    await shopWithOrders(app, gifts, 50);
    const [touch] = await app.c.models.Touch.find({
      shop: gifts,
      kind: 'personal_email',
      status: 'open',
    }).lean<TouchDoc[]>();
    expect(touch).toBeDefined();
    const res = await api(app, gifts, 'POST', `/api/touches/${touch!._id}/gift-card`, {});
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'missing_scope',
      message: expect.stringContaining('`write_gift_cards`'),
      missingScopes: ['write_gift_cards'],
    });
    expect(await app.c.models.GiftCard.countDocuments({shop: gifts})).toBe(0);
    expect(await issuedInShopify(app, gifts)).toEqual([]);
    // Once the merchant approves the scope, the same press issues the card.
    await grant(gifts, null);
    const again = await api(app, gifts, 'POST', `/api/touches/${touch!._id}/gift-card`, {});
    expect([again.status, again.body.error]).toEqual([201, undefined]);
    expect(await issuedInShopify(app, gifts)).toHaveLength(1);
  }, 120_000);

  it('when the grant control gets something that is not a scope list, then it refuses with 400', async () => {
    const res = await fetch(`${local()}/local/shops/${shop}/scopes`, {
      method: 'PUT',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({scopes: 'read orders; drop'}),
    });
    expect(res.status).toBe(400);
  });
});
