import {createHash} from 'node:crypto';
import type {Model} from 'mongoose';
import {createApp} from '../src/app';
import {api, issuedInShopify, shopWithOrders} from './support/shop-flow';
import {routesOf, type RouteInfo} from './support/routes';
import {sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

// Two shops with everything a shop accumulates (orders, touches, staff, rules, a gift card, a printed
// sticker, notes); every route the router serves is then called as the other shop, and with bad tokens.
const shopA = 'isolation-a.myshopify.com';
const shopB = 'isolation-b.myshopify.com';
let app: TestApp;
let routes: RouteInfo[];
const A: {
  touch: string;
  giftTouch: string;
  staff: string;
  rule: string;
  order: string;
  code: string;
  markers: string[];
} = {} as never;

/** Everything stored for a shop, as one hash: every model's documents with that shop (or that shop as _id). */
async function fingerprint(shop: string): Promise<string> {
  const hash = createHash('sha256');
  for (const [name, model] of Object.entries(app.c.models) as [string, Model<unknown>][]) {
    const docs = model.schema.path('shop')
      ? await model.find({shop}).sort({_id: 1}).lean()
      : model.schema.path('_id')?.instance === 'String'
        ? await model.find({_id: shop}).lean()
        : [];
    hash.update(`${name}:${JSON.stringify(docs)}\n`);
  }
  return hash.digest('hex');
}

const fill = (path: string, ids: Record<string, string>) =>
  path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(ids[name] ?? ids.id!));

/** The id each parameter of a route takes, from shop A: the touch, staff member or rule its path names. */
function aIdsFor(path: string): Record<string, string> {
  const id = path.startsWith('/api/staff')
    ? A.staff
    : path.startsWith('/api/rules')
      ? A.rule
      : path.includes('gift-card') || path.includes('/email')
        ? A.giftTouch
        : A.touch;
  return {id, orderId: A.order, token: 'x'};
}

beforeAll(async () => {
  // Debug logging: the secrets check reads everything the app would log at its chattiest.
  app = await startTestApp({LOG_LEVEL: 'debug'});
  await shopWithOrders(app, shopA, 50);
  await shopWithOrders(app, shopB, 20);
  const staff = (
    await api(app, shopA, 'POST', '/api/staff', {
      name: 'Alice Only-In-Shop-A',
      replyToEmail: 'alice@only-in-a.example',
    })
  ).body.staff;
  const touches = (await api(app, shopA, 'GET', '/api/touches?limit=200')).body.touches;
  const photo = touches.find((t: any) => t.kind === 'team_photo');
  const email = touches.find((t: any) => t.kind === 'personal_email');
  expect(
    (
      await api(app, shopA, 'PATCH', `/api/touches/${photo.id}`, {
        note: 'A-ONLY secret note',
        assignee: staff.id,
      })
    ).status,
  ).toBe(200);
  const gift = await api(app, shopA, 'POST', `/api/touches/${email.id}/gift-card`, {});
  expect(gift.status).toBe(201);
  expect(
    (await api(app, shopA, 'POST', '/api/print/stickers', {touchIds: [photo.id]})).status,
  ).toBe(200);
  const rule = (await api(app, shopA, 'GET', '/api/rules')).body.rules[0];
  Object.assign(A, {
    touch: photo.id,
    giftTouch: email.id,
    staff: staff.id,
    rule: rule.id,
    order: photo.orderId,
    code: gift.body.code,
  });
  const bOrders = new Set(
    (await api(app, shopB, 'GET', '/api/touches?limit=200')).body.touches.map(
      (t: any) => t.orderId,
    ),
  );
  expect(bOrders.has(A.order)).toBe(false); // the stand-in numbers each shop's orders apart
  A.markers = [
    shopA,
    A.touch,
    A.giftTouch,
    A.staff,
    A.rule,
    A.order,
    'Alice Only-In-Shop-A',
    'alice@only-in-a.example',
    'A-ONLY secret note',
    A.code,
    gift.body.giftCard.id,
  ];
  routes = routesOf(createApp(app.c));
}, 180_000);
afterAll(() => app.close());

describe('the routes, read from the router', () => {
  it('when the app is built, then every route is either behind the session token (/api) or one of the few with their own credential', () => {
    const api = routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/webhooks');
    const others = routes
      .filter((r) => !api.includes(r))
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    console.log(`routes: ${routes.length} (${api.length} under /api behind the session token)`);
    expect(api.length).toBeGreaterThan(35);
    // Each of these is checked elsewhere: webhooks by HMAC (webhooks.test.ts), print links by their
    // signature (print.test.ts), health for the load balancer, the panel's HTML (CSP below).
    expect(others).toEqual([
      'GET /',
      'GET /',
      'GET /healthz',
      'GET /metrics',
      'GET /print/links/:token',
      'GET /readyz',
      'POST /api/webhooks',
    ]);
  });
});

describe('/api without a valid session token', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const tokens: [string, () => string | undefined][] = [
    ['no token', () => undefined],
    [
      'an expired token',
      () => sessionToken(app.config, shopA, {exp: now() - 120, nbf: now() - 180, iat: now() - 180}),
    ],
    ['a token not valid yet', () => sessionToken(app.config, shopA, {nbf: now() + 300})],
    [
      'a forged token (another secret)',
      () => sessionToken(app.config, shopA, {}, 'not-the-apps-secret-at-all'),
    ],
    [
      'a token for another app (aud)',
      () => sessionToken(app.config, shopA, {aud: 'someone-elses-api-key'}),
    ],
  ];

  it('when any route of /api is called with no, expired, not-yet-valid, forged or wrong-aud tokens, then 401 and nothing changes', async () => {
    const before = await fingerprint(shopA);
    const answers: string[] = [];
    for (const r of routes.filter(
      (x) => x.path.startsWith('/api/') && x.path !== '/api/webhooks',
    )) {
      for (const [name, token] of tokens) {
        const t = token();
        const res = await fetch(`${app.url}${fill(r.path, aIdsFor(r.path))}`, {
          method: r.method,
          headers: {
            'content-type': 'application/json',
            ...(t ? {authorization: `Bearer ${t}`} : {}),
          },
          body:
            r.method === 'GET' ? undefined : JSON.stringify({status: 'done', note: 'x', name: 'x'}),
        });
        if (res.status !== 401) answers.push(`${r.method} ${r.path} with ${name}: ${res.status}`);
      }
    }
    expect(answers).toEqual([]);
    expect(await fingerprint(shopA)).toBe(before);
  });
});

describe('shop isolation', () => {
  // Bodies that name shop A's things, and the plain ones each route takes: whatever B sends, A is untouched.
  const bodies = () => [
    {},
    {status: 'done'},
    {note: 'B was here', status: 'done'},
    {name: 'B was here'},
    {enabled: false},
    {amount: 5},
    {assignee: null},
    {ids: [A.touch, A.giftTouch], action: 'done'},
    {touchIds: [A.touch]},
    {orderIds: [A.order]},
    {orderId: A.order, kind: 'sticker_note', note: 'B'},
    {
      subject: 'Hello',
      body: 'A note from B, long enough to be a real email.',
      includeGiftCard: true,
    },
    {ruleIds: [A.rule]},
    {note: 'fits?'},
  ];

  it('when shop B calls every route with shop A’s ids, in paths and bodies, then B sees none of A and A is unchanged', async () => {
    const before = await fingerprint(shopA);
    const leaks: string[] = [];
    const allowed: string[] = [];
    let calls = 0;
    const token = () => sessionToken(app.config, shopB);
    for (const r of routes.filter(
      (x) => x.path.startsWith('/api/') && x.path !== '/api/webhooks',
    )) {
      const path = fill(r.path, aIdsFor(r.path));
      const named = r.path.includes(':');
      for (const body of r.method === 'GET' ? [undefined] : bodies()) {
        const res = await fetch(`${app.url}${path}`, {
          method: r.method,
          headers: {
            authorization: `Bearer ${token()}`,
            'content-type': r.method === 'PUT' ? 'image/png' : 'application/json',
          },
          body:
            body === undefined
              ? undefined
              : r.method === 'PUT'
                ? Buffer.from('89504e470d0a1a0a', 'hex')
                : JSON.stringify(body),
        });
        calls++;
        const text = await res.text();
        // A's id echoed back in B's own 404 ("No such touch: <id>") is B's input, not A's data.
        const sent = `${path} ${JSON.stringify(body ?? null)}`;
        const seen = A.markers.filter(
          (m) => text.includes(m) && !sent.includes(m) && !sent.includes(encodeURIComponent(m)),
        );
        if (seen.length)
          leaks.push(
            `${r.method} ${r.path} ${JSON.stringify(body)} → ${res.status} shows ${seen.join(', ')}`,
          );
        if (named && res.status < 400)
          allowed.push(`${r.method} ${r.path} ${JSON.stringify(body)} → ${res.status}`);
      }
    }
    console.log(`isolation: ${calls} calls as shop B with shop A's ids`);
    expect(leaks).toEqual([]);
    expect(allowed).toEqual([]);
    expect(await fingerprint(shopA)).toBe(before);
  });

  it('when shop A reads and changes its own data, then its markers show and the fingerprint moves (the checks above can fail)', async () => {
    const text = JSON.stringify((await api(app, shopA, 'GET', `/api/touches/${A.touch}`)).body);
    expect(text).toContain('A-ONLY secret note');
    expect(text).toContain(A.touch);
    const before = await fingerprint(shopA);
    expect(
      (
        await api(app, shopA, 'PATCH', `/api/touches/${A.touch}`, {
          note: 'A-ONLY secret note, edited',
        })
      ).status,
    ).toBe(200);
    expect(await fingerprint(shopA)).not.toBe(before);
  });
});

describe('the panel’s HTML', () => {
  it.each([
    [`/?shop=${shopA}`, `frame-ancestors https://${shopA} https://admin.shopify.com;`],
    ['/?shop=evil.example.com', 'frame-ancestors https://admin.shopify.com;'],
    [
      '/?shop=a.myshopify.com%20https://evil.example.com',
      'frame-ancestors https://admin.shopify.com;',
    ],
    ['/', 'frame-ancestors https://admin.shopify.com;'],
  ])(
    'when %s is opened, then it may be framed only by that shop’s admin: %s',
    async (path, csp) => {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(csp);
    },
  );
});

describe('secrets', () => {
  it('when the run is over, then no log line carries a gift card code, an access or refresh token, the API secret or a customer’s email', async () => {
    const codes = (await issuedInShopify(app, shopA)).map((g) => g.code);
    expect(codes).toContain(A.code);
    const sessions = [
      ...(await app.c.shopify.sessionStorage.findSessionsByShop(shopA)),
      ...(await app.c.shopify.sessionStorage.findSessionsByShop(shopB)),
    ];
    const tokens = sessions
      .flatMap((s) => [s.accessToken, s.refreshToken])
      .filter((t): t is string => Boolean(t));
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    const emails = [shopA, shopB]
      .flatMap((s) => [...app.shopify.state.shop(s).customers.values()].map((c) => c.email))
      .filter((e): e is string => Boolean(e));
    expect(emails.length).toBeGreaterThan(10);
    const secrets = [
      ...codes,
      ...tokens,
      app.config.SHOPIFY_API_SECRET,
      app.config.ENCRYPTION_KEY,
      ...emails,
      'alice@only-in-a.example',
    ];
    const logs = app.logs.join('');
    expect(logs.length).toBeGreaterThan(1000);
    expect(secrets.filter((s) => logs.includes(s))).toEqual([]);
  });

  it('when every GET of /api is read as the shop, then no response carries a code, a token or the secret', async () => {
    const sessions = await app.c.shopify.sessionStorage.findSessionsByShop(shopA);
    const secrets = [
      A.code,
      ...sessions
        .flatMap((s) => [s.accessToken, s.refreshToken])
        .filter((t): t is string => Boolean(t)),
      app.config.SHOPIFY_API_SECRET,
      app.config.ENCRYPTION_KEY,
    ];
    const found: string[] = [];
    for (const r of routes.filter((x) => x.method === 'GET' && x.path.startsWith('/api/'))) {
      const ids = {
        ...aIdsFor(r.path),
        id: r.path.startsWith('/api/touches/') ? A.giftTouch : aIdsFor(r.path).id!,
      };
      const res = await fetch(`${app.url}${fill(r.path, ids)}`, {
        headers: {authorization: `Bearer ${sessionToken(app.config, shopA)}`},
      });
      const text = await res.text();
      for (const s of secrets) if (text.includes(s)) found.push(`${r.path} → ${res.status}`);
    }
    expect(found).toEqual([]);
  });
});
