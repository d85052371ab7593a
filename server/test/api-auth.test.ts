import {apiGet, sendWebhook, sessionToken} from './support/sign';
import {bigOrderId, orderPayload} from './support/orders';
import {startTestApp, type TestApp} from './support/test-app';

const shopA = 'shop-a.myshopify.com';
const shopB = 'shop-b.myshopify.com';
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  // Ten orders for A (one team photo at #10) and twenty for B (two team photos, one card).
  for (let i = 1; i <= 10; i++)
    await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop: shopA,
      body: orderPayload({id: bigOrderId(i)}),
    });
  for (let i = 1; i <= 20; i++)
    await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop: shopB,
      body: orderPayload({id: bigOrderId(100 + i)}),
    });
  await app.settle();
});
afterAll(() => app.close());

describe('/api requires a valid session token', () => {
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ['there is no Authorization header', () => undefined],
    ['the token is not a JWT', () => 'not-a-jwt'],
    [
      'the token expired',
      () => sessionToken(app.config, shopA, {exp: now() - 120, nbf: now() - 180, iat: now() - 180}),
    ],
    ['the token is not valid yet', () => sessionToken(app.config, shopA, {nbf: now() + 300})],
    [
      'the token is signed with another secret',
      () => sessionToken(app.config, shopA, {}, 'another-apps-secret-value'),
    ],
    [
      'the token is for another app (aud)',
      () => sessionToken(app.config, shopA, {aud: 'someone-elses-api-key'}),
    ],
    [
      'the token has no shop destination',
      () => sessionToken(app.config, shopA, {dest: 'https://evil.example.com'}),
    ],
    [
      'the token uses alg none',
      () =>
        `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({dest: `https://${shopA}`, aud: app.config.SHOPIFY_API_KEY, exp: now() + 60})).toString('base64url')}.`,
    ],
  ])('when %s, then GET /api/touches answers 401 JSON', async (_name, token) => {
    const res = await apiGet(app.url, '/api/touches', token());
    expect(res.status).toBe(401);
    expect(res.body).toEqual({error: {code: 'unauthorized', message: expect.any(String)}});
  });

  it('when the error says why, then it never echoes the token', async () => {
    const token = sessionToken(app.config, shopA, {}, 'another-apps-secret-value');
    const res = await fetch(`${app.url}/api/touches`, {
      headers: {authorization: `Bearer ${token}`},
    });
    expect(await res.text()).not.toContain(token.split('.')[1]);
  });
});

describe('GET /api/touches', () => {
  it('when shop A asks, then it sees only its own touches, in the contract shape', async () => {
    const res = await apiGet(app.url, '/api/touches', sessionToken(app.config, shopA));
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.touches).toHaveLength(1);
    expect(res.body.touches[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        orderId: `gid://shopify/Order/${bigOrderId(10)}`,
        orderName: expect.any(String),
        sequence: 10,
        kind: 'team_photo',
        status: 'open',
        ruleId: expect.any(String),
        assignee: null,
        createdAt: expect.any(String),
      }),
    );
  });

  it('when shop B pages with limit=1 and a kind filter, then the cursor walks newest first without repeats', async () => {
    const token = sessionToken(app.config, shopB);
    const first = await apiGet(app.url, '/api/touches?kind=team_photo&limit=1', token);
    expect(first.body.touches.map((t: any) => t.sequence)).toEqual([20]);
    const second = await apiGet(
      app.url,
      `/api/touches?kind=team_photo&limit=1&cursor=${first.body.nextCursor}`,
      token,
    );
    expect(second.body.touches.map((t: any) => t.sequence)).toEqual([10]);
    expect(second.body.nextCursor).toBeNull();
    const cards = await apiGet(app.url, '/api/touches?kind=handwritten_card&status=open', token);
    expect(cards.body.touches.map((t: any) => t.sequence)).toEqual([20]);
  });

  it.each([
    ['an unknown status', '?status=maybe'],
    ['an unknown kind', '?kind=hug'],
    ['a limit out of range', '?limit=100000'],
    ['an unknown parameter', '?shop=shop-b.myshopify.com'],
    ['a forged cursor', '?cursor=bm90LWEtY3Vyc29y'],
    ['an operator injection', '?status[$ne]=open'],
  ])('when the query has %s, then it answers 400', async (_name, query) => {
    const res = await apiGet(app.url, `/api/touches${query}`, sessionToken(app.config, shopA));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toMatch(/bad_request|validation_failed/);
  });
});

describe('health and metrics', () => {
  it('when the database is up, then /healthz and /readyz answer 200 and /metrics counts intake', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toMatch(/orders_counted_total 30/);
    expect(text).toMatch(/webhooks_received_total\{topic="orders\/create"\} 30/);
    expect(text).toMatch(/touches_created_total\{kind="team_photo",status="open"\} 3/);
    expect(text).toMatch(/http_request_duration_seconds_bucket/);
  });
});
