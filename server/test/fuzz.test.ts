import {createHash, createHmac} from 'node:crypto';
import fc from 'fast-check';
import type {Model} from 'mongoose';
import {createApp} from '../src/app';
import {api, shopWithOrders} from './support/shop-flow';
import {routesOf, type RouteInfo} from './support/routes';
import {sessionToken, signedWebhook} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

// Property-based bad input (fast-check) against the webhook endpoint and every /api route the router
// serves: random JSON, wrong types on the fields the schemas know, huge strings, deep nesting,
// prototype-pollution keys, Mongo operators, invalid UTF-8, missing headers. Expected: never a 5xx,
// 4xx answers in the error shape, nothing stored by a refused request, the process healthy.
const shop = 'fuzz.myshopify.com';
const hookShop = 'fuzz-hooks.myshopify.com';
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
let app: TestApp;
let routes: RouteInfo[];
const ids: Record<string, string> = {};
const tally = {cases: 0, byStatus: new Map<number, number>()};
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

async function fingerprint(s: string): Promise<string> {
  const hash = createHash('sha256');
  for (const [name, model] of Object.entries(app.c.models) as [string, Model<unknown>][]) {
    const docs = model.schema.path('shop')
      ? await model.find({shop: s}).sort({_id: 1}).lean()
      : model.schema.path('_id')?.instance === 'String'
        ? await model.find({_id: s}).lean()
        : [];
    hash.update(`${name}:${JSON.stringify(docs)}\n`);
  }
  return hash.digest('hex');
}

// ---- generators ----
const FIELDS = [
  'status',
  'note',
  'assignee',
  'ids',
  'action',
  'touchIds',
  'orderIds',
  'orderId',
  'stock',
  'startPosition',
  'reprint',
  'name',
  'role',
  'enabled',
  'amount',
  'subject',
  'body',
  'includeGiftCard',
  'kind',
  'skipReason',
  'labelStock',
  'holdoutPercent',
  'rules',
  'dailyVolume',
  'n',
  'type',
  'conditions',
  'signature',
  'replyToEmail',
  'timezone',
  'giftAmount',
  'ruleIds',
  'days',
  'window',
  'limit',
  'cursor',
  'q',
  'state',
  'weeks',
];
const NASTY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '$gt',
  '$ne',
  '$where',
  '$regex',
  '$expr',
  'status.$ne',
  'toString',
  'hasOwnProperty',
  '',
];
const leaf = fc.oneof(
  fc.string(),
  fc.string({unit: 'grapheme'}),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    {$gt: ''},
    {$ne: null},
    {$where: 'sleep(1000)'},
    JSON.parse('{"__proto__":{"polluted":1}}') as object,
    '0'.repeat(24),
    'gid://shopify/Order/1',
    '-1',
    'NaN',
    '1e309',
  ),
  fc.string({minLength: 3000, maxLength: 30000}),
);
const {node} = fc.letrec((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    leaf,
    fc.array(tie('node'), {maxLength: 5}),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...NASTY_KEYS, ...FIELDS)), tie('node'), {
      maxKeys: 6,
    }),
  ),
}));
/** Objects with the fields the schemas know, holding wrong (or right) types: past the first check, into the rest. */
const shaped = fc.dictionary(fc.constantFrom(...FIELDS, ...NASTY_KEYS), node, {
  minKeys: 1,
  maxKeys: 5,
});
const deep = fc.integer({min: 50, max: 5000}).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);
/** A raw body: JSON of a value, or bytes that are not JSON or not UTF-8. */
const rawBody: fc.Arbitrary<string | Buffer> = fc.oneof<fc.Arbitrary<string | Buffer>[]>(
  node.map((v) => JSON.stringify(v) ?? 'null'),
  shaped.map((v) => JSON.stringify(v)),
  deep,
  fc
    .uint8Array({maxLength: 200})
    .map((b) =>
      Buffer.concat([
        Buffer.from('{"note":"'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(b),
        Buffer.from('"}'),
      ]),
    ),
  fc.string().map((s) => `{"note": ${s}`),
);
const query = fc.dictionary(
  fc.oneof(
    fc.constantFrom(...FIELDS, ...NASTY_KEYS, 'status[$ne]', 'shop', '__proto__[polluted]'),
    fc.string(),
  ),
  fc.oneof(fc.string(), fc.string({minLength: 2000, maxLength: 9000})),
  {maxKeys: 5},
);

const qs = (q: Record<string, string>) =>
  Object.entries(q)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
const fill = (path: string) =>
  path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(ids[name] ?? ids.id!));

function count(status: number) {
  tally.cases++;
  tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1);
}

/** The error shape every 4xx has; a 5xx is a failure whatever its body. */
async function checkAnswer(res: Response, what: string) {
  count(res.status);
  const text = await res.text();
  if (res.status >= 500) throw new Error(`${what} → ${res.status} ${text.slice(0, 300)}`);
  if (res.status >= 400) {
    const body = JSON.parse(text) as {error?: {code?: unknown; message?: unknown}};
    if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string')
      throw new Error(`${what} → ${res.status} without the error shape: ${text.slice(0, 200)}`);
  }
  return res.status;
}

beforeAll(async () => {
  app = await startTestApp();
  await shopWithOrders(app, shop, 20);
  const touch = (await api(app, shop, 'GET', '/api/touches')).body.touches[0];
  const staff = (await api(app, shop, 'POST', '/api/staff', {name: 'Fuzz Target'})).body.staff;
  const rule = (await api(app, shop, 'GET', '/api/rules')).body.rules[0];
  Object.assign(ids, {
    id: touch.id,
    orderId: touch.orderId,
    staff: staff.id,
    rule: rule.id,
    token: 'not-a-token',
  });
  routes = routesOf(createApp(app.c)).filter(
    (r) => r.path.startsWith('/api/') && r.path !== '/api/webhooks',
  );
}, 120_000);
afterAll(() => app.close());

const idFor = (path: string) =>
  path.startsWith('/api/staff') ? ids.staff! : path.startsWith('/api/rules') ? ids.rule! : ids.id!;

describe('fuzzing every /api route', () => {
  it('when any route gets generated malformed bodies or queries, then it never answers 5xx, a refusal has the error shape and stores nothing', async () => {
    const changedByRefusals: string[] = [];
    for (const r of routes) {
      const path = fill(r.path).replace(
        encodeURIComponent(ids.id!),
        encodeURIComponent(idFor(r.path)),
      );
      const before = await fingerprint(shop);
      let accepted = 0;
      const send = async (
        body: string | Buffer | undefined,
        q: Record<string, string>,
        headers: Record<string, string>,
      ) => {
        const url = `${app.url}${path}${Object.keys(q).length ? `?${qs(q)}` : ''}`;
        const res = await fetch(url, {
          method: r.method,
          headers: {authorization: `Bearer ${sessionToken(app.config, shop)}`, ...headers},
          body,
        });
        if (
          (await checkAnswer(
            res,
            `${r.method} ${url.slice(0, 200)} ${String(body ?? '').slice(0, 200)}`,
          )) < 400
        )
          accepted++;
      };
      await fc.assert(
        fc.asyncProperty(
          r.method === 'GET' || r.method === 'DELETE' ? fc.constant(undefined) : rawBody,
          query,
          fc.constantFrom(
            'application/json',
            'text/plain',
            'application/x-www-form-urlencoded',
            'image/png',
          ),
          async (body, q, type) => {
            await send(body, q, {'content-type': type});
          },
        ),
        // A failure is reported as found: shrinking through HTTP round trips takes longer than the suite has.
        {numRuns: RUNS, endOnFailure: true},
      );
      if (!accepted && (await fingerprint(shop)) !== before)
        changedByRefusals.push(`${r.method} ${r.path}`);
    }
    expect(changedByRefusals).toEqual([]);
  }, 600_000);

  it('when a body is over the limit, a JSON bomb of nesting, or the Authorization header is mangled, then 4xx', async () => {
    const token = sessionToken(app.config, shop);
    const huge = JSON.stringify({note: 'x'.repeat(2 * 1024 * 1024)});
    const res = await fetch(`${app.url}/api/touches/${ids.id}`, {
      method: 'PATCH',
      headers: {authorization: `Bearer ${token}`, 'content-type': 'application/json'},
      body: huge,
    });
    expect([await checkAnswer(res, 'huge'), 413]).toEqual([413, 413]);
    const bomb = `{"note":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const deepRes = await fetch(`${app.url}/api/touches/${ids.id}`, {
      method: 'PATCH',
      headers: {authorization: `Bearer ${token}`, 'content-type': 'application/json'},
      body: bomb,
    });
    expect(await checkAnswer(deepRes, 'bomb')).toBe(400);
    for (const authorization of [
      `Bearer`,
      `Bearer ${token} extra`,
      `Basic ${token}`,
      `bearer ${'x'.repeat(9000)}`,
      token,
    ]) {
      const bad = await fetch(`${app.url}/api/touches`, {headers: {authorization}});
      expect(await checkAnswer(bad, authorization.slice(0, 30))).toBe(401);
    }
    // Over Node's 16 KiB of headers: refused by the HTTP parser, still in the error shape.
    const overflow = await fetch(`${app.url}/api/touches`, {
      headers: {authorization: `Bearer ${'x'.repeat(20000)}`},
    });
    expect(await checkAnswer(overflow, 'header overflow')).toBe(431);
  });
});

describe('fuzzing the webhook endpoint', () => {
  const TOPICS = [
    'orders/create',
    'orders/cancelled',
    'orders/fulfilled',
    'refunds/create',
    'app/uninstalled',
    'customers/data_request',
    'customers/redact',
    'shop/redact',
    'products/update',
  ];
  const stored = async () => {
    const {WebhookEvent, UncountedOrder, OrderCancellation, OrderFulfillment, OrderRefund} = app.c
      .models as unknown as Record<string, Model<unknown>>;
    let n = 0;
    for (const m of [
      WebhookEvent,
      UncountedOrder,
      OrderCancellation,
      OrderFulfillment,
      OrderRefund,
    ])
      n += await m!.countDocuments({shop: hookShop});
    return n;
  };

  it('when signed deliveries carry generated bodies and headers, then never a 5xx, and a refused one stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TOPICS),
        rawBody,
        fc.boolean(),
        fc.subarray([
          'x-shopify-webhook-id',
          'x-shopify-event-id',
          'x-shopify-shop-domain',
          'x-shopify-topic',
          'x-shopify-triggered-at',
        ]),
        fc.oneof(fc.constant(hookShop), fc.string(), fc.constant('evil.example.com')),
        async (topic, body, signed, missing, domain) => {
          const raw = Buffer.from(body);
          const {headers} = signedWebhook(app.config, {topic, shop: domain, body: ''});
          headers['x-shopify-hmac-sha256'] = createHmac(
            'sha256',
            signed ? app.config.SHOPIFY_API_SECRET : 'not-the-secret',
          )
            .update(raw)
            .digest('base64');
          for (const h of missing) delete headers[h];
          const before = await stored();
          const res = await fetch(`${app.url}/api/webhooks`, {method: 'POST', headers, body: raw});
          const status = await checkAnswer(
            res,
            `webhook ${topic} ${raw.toString('latin1').slice(0, 200)}`,
          );
          if (!signed && status !== 401) throw new Error(`unsigned delivery → ${status}`);
          if (status >= 400 && (await stored()) !== before)
            throw new Error(
              `refused delivery (${status}) stored something: ${raw.toString('latin1').slice(0, 200)}`,
            );
        },
      ),
      {numRuns: RUNS * 8, endOnFailure: true},
    );
  }, 300_000);
});

describe('afterwards', () => {
  it('when the fuzzing is over, then the process is healthy, nothing polluted Object.prototype, and the figures are printed', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    expect((await api(app, shop, 'GET', '/api/touches')).status).toBe(200);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const statuses = [...tally.byStatus.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(
      `fuzz: ${tally.cases} cases over ${routes.length} /api routes and the webhook endpoint (${RUNS} per route); statuses ${statuses}; no 5xx`,
    );
    expect(tally.cases).toBeGreaterThan(routes.length * RUNS);
  });
});
