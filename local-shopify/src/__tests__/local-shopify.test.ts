import {SignJWT} from 'jose';
import {createLocalShopify} from '../server';
import {loadAdminSchema} from '../schema';
import {signSessionToken} from '../session-token';
import {createOrder, restOrderPayload} from '../orders';

const apiKey = 'local-key';
const apiSecret = 'local-secret-local-secret';
const shop = 'stand-in.myshopify.com';

let local: ReturnType<typeof createLocalShopify>;
let origin: string;
let close: () => Promise<void>;
beforeAll(async () => {
  local = createLocalShopify({
    apiKey,
    apiSecret,
    scopes: 'read_orders,read_customers,read_products',
    bucketSize: 50,
    restoreRate: 1,
  });
  ({origin, close} = await local.listen());
});
afterAll(() => close());

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: {'content-type': 'application/json', ...headers},
    body: JSON.stringify(body),
  });
  return {status: res.status, body: (await res.json()) as any};
};
const exchange = async (subject: string, over: Record<string, string> = {}) =>
  post(`/store/${shop}/admin/oauth/access_token`, {
    client_id: apiKey,
    client_secret: apiSecret,
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: subject,
    subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
    requested_token_type: 'urn:shopify:params:oauth:token-type:offline-access-token',
    expiring: '1',
    ...over,
  });

describe("Shopify's real Admin schema", () => {
  it('when the 2026-10 schema is loaded from @shopify/dev-mcp, then it has the types the app uses', () => {
    const schema = loadAdminSchema('2026-10');
    expect(schema.getType('Order')).toBeDefined();
    expect(schema.getMutationType()?.getFields().giftCardCreate).toBeDefined();
    expect(schema.getQueryType()?.getFields().orders).toBeDefined();
  });
});

describe('token exchange', () => {
  it('when a valid session token is exchanged, then an expiring offline token is issued and the shop exists', async () => {
    const res = await exchange(await signSessionToken({apiKey, apiSecret, shop}));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      access_token: expect.stringMatching(/^shpat_local_/),
      scope: 'read_orders,read_customers,read_products',
      expires_in: 3600,
      refresh_token: expect.any(String),
    });
    expect(local.state.shops.get(shop)?.accessTokens.has(res.body.access_token)).toBe(true);
  });

  it.each([
    [
      'the client secret is wrong',
      async () =>
        exchange(await signSessionToken({apiKey, apiSecret, shop}), {client_secret: 'nope'}),
      'invalid_client',
    ],
    [
      'the session token is for another shop',
      async () =>
        exchange(await signSessionToken({apiKey, apiSecret, shop: 'other.myshopify.com'})),
      'invalid_subject_token',
    ],
    [
      'the session token is forged',
      async () =>
        exchange(await signSessionToken({apiKey, apiSecret: 'forged-forged-forged', shop})),
      'invalid_subject_token',
    ],
    [
      'the session token expired',
      async () =>
        exchange(
          await new SignJWT({dest: `https://${shop}`})
            .setProtectedHeader({alg: 'HS256'})
            .setAudience(apiKey)
            .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
            .sign(new TextEncoder().encode(apiSecret)),
        ),
      'invalid_subject_token',
    ],
    [
      'an online token is asked for',
      async () =>
        exchange(await signSessionToken({apiKey, apiSecret, shop}), {
          requested_token_type: 'urn:shopify:params:oauth:token-type:online-access-token',
        }),
      'invalid_request',
    ],
  ])('when %s, then it answers 400 %s', async (_name, call, error) => {
    const res = await call();
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(error);
  });
});

describe('expiring offline tokens', () => {
  it('when a refresh token is used, then it rotates: new tokens, and the old refresh token is refused', async () => {
    const first = await exchange(await signSessionToken({apiKey, apiSecret, shop}));
    const refresh = (token: string) =>
      post(`/store/${shop}/admin/oauth/access_token`, {
        client_id: apiKey,
        client_secret: apiSecret,
        grant_type: 'refresh_token',
        refresh_token: token,
      });
    const second = await refresh(first.body.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.access_token).not.toBe(first.body.access_token);
    expect((await refresh(first.body.refresh_token)).body.error).toBe('invalid_grant');
  });

  it('when an access token has expired, then the Admin API answers 401', async () => {
    const short = createLocalShopify({
      apiKey,
      apiSecret,
      scopes: 'read_orders',
      accessTokenTtlSeconds: 1,
    });
    const s = await short.listen();
    const res = await fetch(`${s.origin}/store/${shop}/admin/oauth/access_token`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({
        client_id: apiKey,
        client_secret: apiSecret,
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        subject_token: await signSessionToken({apiKey, apiSecret, shop}),
        requested_token_type: 'urn:shopify:params:oauth:token-type:offline-access-token',
        expiring: '1',
      }),
    });
    const token = ((await res.json()) as {access_token: string}).access_token;
    const ask = () =>
      fetch(`${s.origin}/store/${shop}/admin/api/2026-10/graphql.json`, {
        method: 'POST',
        headers: {'content-type': 'application/json', 'x-shopify-access-token': token},
        body: JSON.stringify({query: '{ shop { name } }'}),
      });
    expect((await ask()).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await ask()).status).toBe(401);
    await s.close();
  });
});

describe('Admin GraphQL', () => {
  let token: string;
  beforeAll(async () => {
    token = (await exchange(await signSessionToken({apiKey, apiSecret, shop}))).body.access_token;
  });
  const gql = (query: string, t = token) =>
    post(`/store/${shop}/admin/api/2026-10/graphql.json`, {query}, {'x-shopify-access-token': t});

  it('when a valid query is sent, then it is executed and its cost reported', async () => {
    const res = await gql('{ shop { name myshopifyDomain currencyCode } }');
    expect(res.body.data.shop).toEqual({
      name: 'Stand In',
      myshopifyDomain: shop,
      currencyCode: 'GBP',
    });
    expect(res.body.extensions.cost).toMatchObject({
      requestedQueryCost: 1,
      actualQueryCost: 1,
      throttleStatus: {maximumAvailable: 50},
    });
  });

  it("when a query asks for a field that isn't in Shopify's schema, then it fails validation like Shopify", async () => {
    const res = await gql('{ shop { name favouriteColour } }');
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0]).toMatchObject({
      message: expect.stringContaining('favouriteColour'),
      extensions: {code: 'GRAPHQL_VALIDATION_FAILED'},
    });
  });

  it('when a query asks for a real field the stand-in does not implement, then it is an explicit error, not a null', async () => {
    const res = await gql('{ shop { name email } }');
    expect(res.body.errors[0]).toMatchObject({
      message: 'Shop.email is not implemented by the local Shopify stand-in',
      path: ['shop', 'email'],
    });
  });

  it('when a shop is new, then it has a catalogue and customers, and orders reference them', async () => {
    const res = await gql('{ products(first: 3) { nodes { title } } }');
    expect(res.body.data.products.nodes.map((p: {title: string}) => p.title)).toEqual([
      'Beeswax pillar candle',
      'Linen tea towel',
      'Stoneware mug',
    ]);
    const state = local.state.shops.get(shop)!;
    expect(state.customers.size).toBe(60);
    const order = createOrder(state);
    const rest = JSON.parse(restOrderPayload(state, order));
    expect(rest.line_items[0]).toMatchObject({
      title: expect.any(String),
      sku: expect.stringMatching(/^HT-\d{3}$/),
    });
    expect(state.products.map((p) => p.title)).toContain(rest.line_items[0].title);
    const withCustomer = await gql(
      `{ order(id: "${order.id}") { name customer { displayName numberOfOrders } } }`,
    );
    expect(withCustomer.body.data.order).toMatchObject({
      name: order.name,
      customer: {numberOfOrders: expect.stringMatching(/^\d+$/)},
    });
  });

  it('when a slow answer is injected, then that request waits and then runs normally; a bad fault is refused', async () => {
    expect(
      (await post('/local/faults', {operationName: 'Slow', delayMs: 400, times: 1})).status,
    ).toBe(201);
    const t0 = Date.now();
    const res = await post(
      `/store/${shop}/admin/api/2026-10/graphql.json`,
      {query: 'query Slow { shop { name } }'},
      {'x-shopify-access-token': token},
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual(380);
    expect([res.status, res.body.data.shop.name]).toEqual([200, 'Stand In']);
    expect((await post('/local/faults', {delayMs: -1, times: 1})).status).toBe(400);
  });

  it('when the access token is unknown, then it answers 401', async () => {
    expect((await gql('{ shop { name } }', 'shpat_nope')).status).toBe(401);
  });

  it('when the installation lacks a scope a field needs, then Shopify’s ACCESS_DENIED error names it and nothing runs', async () => {
    const narrow = 'narrow-stand-in.myshopify.com';
    const grant = (scopes: string) =>
      fetch(`${origin}/local/shops/${narrow}/scopes`, {
        method: 'PUT',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({scopes}),
      });
    expect((await grant('read_orders')).status).toBe(200);
    const granted = await post(`/store/${narrow}/admin/oauth/access_token`, {
      client_id: apiKey,
      client_secret: apiSecret,
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: await signSessionToken({apiKey, apiSecret, shop: narrow}),
      requested_token_type: 'urn:shopify:params:oauth:token-type:offline-access-token',
    });
    expect(granted.body.scope).toBe('read_orders');
    const query = (q: string) =>
      post(
        `/store/${narrow}/admin/api/2026-10/graphql.json`,
        {query: q},
        {'x-shopify-access-token': granted.body.access_token},
      );
    const res = await query(
      '{ orders(first: 1) { nodes { id customer { id } } } products(first: 1) { nodes { id } } }',
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toEqual([
      {
        message:
          'Access denied for customer field. Required access: `read_customers` access scope.',
        locations: [{line: 1, column: 33}],
        path: ['orders', 'nodes', 'customer'],
        extensions: {
          code: 'ACCESS_DENIED',
          documentation: 'https://shopify.dev/api/usage/access-scopes',
          requiredAccess: '`read_customers` access scope.',
        },
      },
      expect.objectContaining({
        message: expect.stringContaining('Required access: `read_products` access scope'),
        path: ['products', 'nodes'],
      }),
    ]);
    // A write scope implies its read scope, as on Shopify; the grant applies to the live token.
    expect((await grant('read_orders,write_customers,write_products')).status).toBe(200);
    expect(
      (await query('{ orders(first: 1) { nodes { customer { id } } } }')).body.errors,
    ).toBeUndefined();
  });

  it('when the cost bucket runs dry, then Shopify’s THROTTLED error is returned with the throttle status', async () => {
    const expensive = '{ orders(first: 40) { nodes { id name customer { id } } } }';
    const results = [await gql(expensive), await gql(expensive)];
    const throttled = results.find((r) => r.body.errors?.[0]?.extensions?.code === 'THROTTLED');
    expect(throttled?.body.extensions.cost).toMatchObject({
      requestedQueryCost: 81,
      actualQueryCost: null,
    });
  });
});

describe('giftCardCreate', () => {
  const giftShop = 'gift-stand-in.myshopify.com';
  // Its own stand-in with Shopify's default bucket: the file's tiny one would throttle these.
  // write_customers: these tests give cards a customer (the app itself does not: docs/PRIVACY.md).
  const gifts = createLocalShopify({
    apiKey,
    apiSecret,
    scopes: 'write_gift_cards,write_customers',
  });
  let giftOrigin: string;
  let closeGifts: () => Promise<void>;
  let token: string;
  const CREATE = `mutation Create($input: GiftCardCreateInput!) {
    giftCardCreate(input: $input) {
      giftCard { id lastCharacters maskedCode initialValue { amount currencyCode } expiresOn note customer { id } }
      giftCardCode
      userErrors { field message code }
    }
  }`;
  const postGifts = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${giftOrigin}${path}`, {
      method: 'POST',
      headers: {'content-type': 'application/json', ...headers},
      body: JSON.stringify(body),
    });
    return {status: res.status, body: (await res.json()) as any};
  };
  const create = (input: Record<string, unknown>) =>
    postGifts(
      `/store/${giftShop}/admin/api/2026-10/graphql.json`,
      {query: CREATE, variables: {input}},
      {'x-shopify-access-token': token},
    );
  afterAll(() => closeGifts());
  beforeAll(async () => {
    ({origin: giftOrigin, close: closeGifts} = await gifts.listen());
    const subject = await signSessionToken({apiKey, apiSecret, shop: giftShop});
    token = (
      await postGifts(`/store/${giftShop}/admin/oauth/access_token`, {
        client_id: apiKey,
        client_secret: apiSecret,
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        subject_token: subject,
        subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
        requested_token_type: 'urn:shopify:params:oauth:token-type:offline-access-token',
      })
    ).body.access_token;
  });

  it('when a gift card is created for a customer, then the full code comes only in this response and the stand-in keeps what was issued', async () => {
    const customerId = [...gifts.state.shop(giftShop).customers.keys()][0]!;
    const res = await create({
      initialAmount: {amount: '10.00', currencyCode: 'GBP'},
      customerId,
      expiresOn: '2027-12-31',
      note: 'Human Touch: touch 42',
    });
    const {giftCard, giftCardCode, userErrors} = res.body.data.giftCardCreate;
    expect(userErrors).toEqual([]);
    expect(giftCardCode).toMatch(/^[A-Z2-9]{16}$/);
    expect(giftCard).toMatchObject({
      lastCharacters: giftCardCode.slice(-4),
      initialValue: {amount: '10.00', currencyCode: 'GBP'},
      expiresOn: '2027-12-31',
      note: 'Human Touch: touch 42',
      customer: {id: customerId},
    });
    expect(JSON.stringify(giftCard)).not.toContain(giftCardCode);
    expect(gifts.state.shop(giftShop).giftCards).toEqual([
      expect.objectContaining({
        id: giftCard.id,
        code: giftCardCode,
        initialValue: '10.00',
        customerId,
      }),
    ]);
    const listed = (await (
      await fetch(`${giftOrigin}/local/shops/${giftShop}/gift-cards`)
    ).json()) as {giftCards: {id: string}[]};
    expect(listed.giftCards.map((g: {id: string}) => g.id)).toEqual([giftCard.id]);
  });

  it.each([
    [{initialAmount: {amount: '0', currencyCode: 'GBP'}}, 'GREATER_THAN'],
    [{initialAmount: {amount: '10', currencyCode: 'USD'}}, 'INVALID'],
    [
      {initialAmount: {amount: '10', currencyCode: 'GBP'}, customerId: 'gid://shopify/Customer/1'},
      'CUSTOMER_NOT_FOUND',
    ],
    [{initialAmount: {amount: '10', currencyCode: 'GBP'}, expiresOn: '2020-01-01'}, 'INVALID'],
    [{initialAmount: {amount: '10', currencyCode: 'GBP'}, code: 'ABC'}, 'TOO_SHORT'],
    [{}, 'MISSING_ARGUMENT'],
  ])(
    'when the input is %j, then nothing is created and the userError code is %s',
    async (input, code) => {
      const before = gifts.state.shop(giftShop).giftCards.length;
      const res = await create(input);
      expect(res.body.data.giftCardCreate).toMatchObject({
        giftCard: null,
        giftCardCode: null,
        userErrors: [expect.objectContaining({code})],
      });
      expect(gifts.state.shop(giftShop).giftCards).toHaveLength(before);
    },
  );

  it('when the input uses a field that is not in the 2026-10 schema, then it fails validation like Shopify', async () => {
    const res = await create({initialValue: '10', colour: 'gold'});
    expect(res.body.errors[0].message).toContain('colour');
  });
});
