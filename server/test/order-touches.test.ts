import {bigOrderId, orderPayload} from './support/orders';
import {sendWebhook, sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';
import type {TouchDoc} from '../src/touches';

const shopA = 'order-touches-a.myshopify.com';
const shopB = 'order-touches-b.myshopify.com';
let app: TestApp;

async function call(method: string, path: string, shop: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop, {sub: '77'})}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}

const gid = (n: number) => `gid://shopify/Order/${bigOrderId(n)}`;
const touchesOf = (shop: string, n: number | string) =>
  call(
    'GET',
    `/api/orders/${encodeURIComponent(typeof n === 'number' ? gid(n) : n)}/touches`,
    shop,
  );
const give = (shop: string, body: Record<string, unknown>) =>
  call('POST', '/api/touches', shop, body);

beforeAll(async () => {
  app = await startTestApp();
  for (let i = 1; i <= 6; i++) {
    const res = await sendWebhook(app.url, app.config, {
      topic: 'orders/create',
      shop: shopA,
      body: orderPayload({id: bigOrderId(i)}),
    });
    expect(res.status).toBe(200);
  }
  expect(
    (
      await sendWebhook(app.url, app.config, {
        topic: 'orders/create',
        shop: shopB,
        body: orderPayload({id: bigOrderId(50)}),
      })
    ).status,
  ).toBe(200);
  await app.settle();
});
afterAll(() => app.close());

describe('POST /api/touches (a touch given by hand)', () => {
  it('when a person gives an order a touch, then it is created with no rule, marked manual, with the stored order facts, and the cadence state is untouched', async () => {
    const cadenceBefore = await app.c.models.CadenceState.findById(shopA).lean();
    const marksBefore = await app.c.models.CustomerMark.countDocuments({shop: shopA});
    const res = await give(shopA, {
      orderId: String(bigOrderId(2)),
      kind: 'handwritten_card',
      note: 'Thank you, Ada!',
    });
    expect(res.status).toBe(201);
    expect(res.body.touch).toMatchObject({
      orderId: gid(2),
      orderName: `#${1000n + (bigOrderId(2) % 100000n)}`,
      kind: 'handwritten_card',
      status: 'open',
      ruleId: null,
      note: 'Thank you, Ada!',
      assignee: null,
      manual: true,
      customer: {id: expect.stringMatching(/^gid:\/\/shopify\/Customer\//)},
    });
    expect(res.body.touch.sequence).toBe(2);
    const stored = await app.c.models.Touch.findById(res.body.touch.id).lean<TouchDoc>();
    expect(stored).toMatchObject({
      shop: shopA,
      slot: 'manual',
      dedupeKey: `manual:${gid(2)}:handwritten_card`,
    });
    expect(await app.c.models.CadenceState.findById(shopA).lean()).toEqual(cadenceBefore);
    expect(await app.c.models.CustomerMark.countDocuments({shop: shopA})).toBe(marksBefore);
    // The queue (working set) sees it at once.
    const list = await call('GET', '/api/touches?kind=handwritten_card', shopA);
    expect(list.body.touches.map((t: {id: string}) => t.id)).toContain(res.body.touch.id);
  });

  it('when the button is pressed twice at once, then one touch is made and the other press gets 409', async () => {
    const body = {orderId: gid(3), kind: 'team_photo'};
    const replies = await Promise.all([give(shopA, body), give(shopA, body)]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(replies.find((r) => r.status === 409)!.body.error.code).toBe('conflict');
    expect(
      await app.c.models.Touch.countDocuments({shop: shopA, orderGid: gid(3), kind: 'team_photo'}),
    ).toBe(1);
    const again = await give(shopA, body);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already has a team photo touch/);
  });

  it('when the order already has an open cadence touch of that kind, then 409; another kind is fine', async () => {
    await app.c.touches.record([
      {
        shop: shopA,
        dedupeKey: `cadence-test:${gid(4)}`,
        kind: 'sticker_note',
        status: 'open',
        skipReason: null,
        ruleId: 'r1',
        slot: '4',
        orderGid: gid(4),
        orderName: '#x',
        sequence: 4,
        orderCreatedAt: new Date(),
        customerGid: null,
        customerName: null,
      },
    ]);
    expect((await give(shopA, {orderId: gid(4), kind: 'sticker_note'})).status).toBe(409);
    expect((await give(shopA, {orderId: gid(4), kind: 'free_gift'})).status).toBe(201);
  });

  it("when the assignee is one of the shop's staff, then the touch is theirs; another shop's staff → 400 naming assignee", async () => {
    const staffA = (await call('POST', '/api/staff', shopA, {name: 'Sam Okafor'})).body.staff;
    const staffB = (await call('POST', '/api/staff', shopB, {name: 'Ines Duarte'})).body.staff;
    const ok = await give(shopA, {orderId: gid(5), kind: 'phone_call', assignee: staffA.id});
    expect(ok.status).toBe(201);
    expect(ok.body.touch.assignee).toBe(staffA.id);
    const other = await give(shopA, {orderId: gid(5), kind: 'personal_email', assignee: staffB.id});
    expect(other.status).toBe(400);
    expect(other.body.error).toMatchObject({
      code: 'validation_failed',
      fields: {assignee: expect.any(Array)},
    });
  });

  it("when the order is unknown to the app or another shop's, then 404 and nothing is written", async () => {
    const before = await app.c.models.Touch.countDocuments({});
    const unknown = await give(shopA, {orderId: gid(999), kind: 'team_photo'});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect((await give(shopA, {orderId: gid(50), kind: 'team_photo'})).status).toBe(404);
    expect(await app.c.models.Touch.countDocuments({})).toBe(before);
  });

  it('when the body is malformed, then 400 validation_failed naming each field', async () => {
    const res = await give(shopA, {orderId: 'order-12', kind: 'hug', extra: 1});
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['(body)', 'kind', 'orderId']);
    expect((await give(shopA, {kind: 'team_photo'})).body.error.fields).toHaveProperty('orderId');
  });
});

describe('GET /api/orders/:orderId/touches', () => {
  it('when asked by GID or numeric id, then every touch of that order comes back and nothing of other orders', async () => {
    await give(shopA, {orderId: gid(6), kind: 'handwritten_card'});
    await give(shopA, {orderId: gid(6), kind: 'free_gift'});
    for (const id of [gid(6), String(bigOrderId(6))]) {
      const res = await touchesOf(shopA, id);
      expect(res.status).toBe(200);
      expect(res.body.touches.map((t: {kind: string}) => t.kind)).toEqual(
        expect.arrayContaining(['handwritten_card', 'free_gift']),
      );
      expect(res.body.touches.every((t: {orderId: string}) => t.orderId === gid(6))).toBe(true);
      expect(res.body.touches[0]).toHaveProperty('printCount');
    }
  });

  it('when the order has no touch, then an empty list; unknown to the app → 404', async () => {
    const res = await touchesOf(shopA, 1);
    expect(res.status).toBe(200);
    expect(res.body.touches.filter((t: {manual: boolean}) => t.manual)).toEqual([]);
    expect((await touchesOf(shopA, 999)).status).toBe(404);
  });

  it("when another shop asks for this shop's order, then 404 and none of its touches", async () => {
    const res = await touchesOf(shopB, 6);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('handwritten_card');
  });

  it('when the id is not an order id, then 400 naming orderId', async () => {
    const res = await touchesOf(shopA, 'gid://shopify/Customer/5');
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('orderId');
  });
});
