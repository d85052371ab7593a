import type {NewTouch, TouchDoc} from '../src/touches';
import {api, shopWithOrders} from './support/shop-flow';
import {sendWebhook} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'shipping-a.myshopify.com';
let app: TestApp;

const touchesOf = async (orderId: string) =>
  ((await api(app, shop, 'GET', '/api/touches?limit=200')).body.touches as any[]).filter(
    (t) => t.orderId === orderId,
  );

async function fulfil(orderId: string) {
  const res = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/fulfil`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({orderId}),
  });
  expect(res.status).toBe(200);
  await app.shopify.sender.settled();
}

const queueIds = async (state: string) =>
  (await api(app, shop, 'GET', `/api/print/queue?state=${state}`)).body.orders.flatMap((o: any) =>
    o.touches.map((t: any) => t.id),
  );

beforeAll(async () => {
  app = await startTestApp();
  // Default rules: every 10th order a team photo, every 20th a handwritten card too.
  await shopWithOrders(app, shop, 20);
});
afterAll(() => app.close());

describe('shipping ends box touches', () => {
  it('when the order with an open team photo is fulfilled, then the photo ends skipped / already_shipped and leaves the counts', async () => {
    const all = (await api(app, shop, 'GET', '/api/touches?limit=200')).body.touches as any[];
    const photo = all.find(
      (t) => t.kind === 'team_photo' && all.filter((o) => o.orderId === t.orderId).length === 1,
    );
    const orderId = photo.orderId as string;
    expect(await queueIds('to_print')).toContain(photo.id);
    const before = (await api(app, shop, 'GET', '/api/summary')).body;

    await fulfil(orderId);

    const [after] = (await touchesOf(orderId)).filter((t) => t.kind === 'team_photo');
    expect(after).toMatchObject({status: 'skipped', skipReason: 'already_shipped'});
    expect(await queueIds('to_print')).not.toContain(photo.id);
    const summary = (await api(app, shop, 'GET', '/api/summary')).body;
    expect(summary.open).toBe(before.open - 1);
    expect(summary.missedShipped).toEqual({today: 1, last30Days: 1});
    const queue = (await api(app, shop, 'GET', '/api/print/queue?state=to_print')).body;
    expect(queue.totals.missedShipped).toBe(1);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/^touches_missed_shipped_total 1$/m);
  });

  it('when the order shipped after its photo was packed and its card only written, then the photo stays packed and the card is missed', async () => {
    const cards = (await api(app, shop, 'GET', '/api/touches?kind=handwritten_card')).body.touches;
    const orderId = cards[0].orderId as string;
    const both = await touchesOf(orderId);
    const photo = both.find((t) => t.kind === 'team_photo')!;
    const card = both.find((t) => t.kind === 'handwritten_card')!;
    expect(
      (await api(app, shop, 'PATCH', `/api/touches/${photo.id}`, {stage: 'packed'})).status,
    ).toBe(200);
    const written = await api(app, shop, 'PATCH', `/api/touches/${card.id}`, {status: 'done'});
    expect(written.body.touch).toMatchObject({status: 'open', stage: 'prepared'});

    await fulfil(orderId);

    const after = new Map((await touchesOf(orderId)).map((t) => [t.kind, t]));
    expect(after.get('team_photo')).toMatchObject({status: 'done', stage: 'packed'});
    expect(after.get('handwritten_card')).toMatchObject({
      status: 'skipped',
      skipReason: 'already_shipped',
      stage: 'prepared',
    });
  });

  it('when the fulfilment arrives before the touch is written, then a box touch ends at once and an email stays open', async () => {
    const orderId = 'gid://shopify/Order/990001';
    const sent = await sendWebhook(app.url, app.config, {
      topic: 'orders/fulfilled',
      shop,
      body: {
        id: 990001,
        admin_graphql_api_id: orderId,
        fulfillment_status: 'fulfilled',
        fulfillments: [{id: 1, created_at: '2026-11-30T10:00:00Z', status: 'success'}],
      },
    });
    expect(sent.status).toBe(200);
    const base = {
      shop,
      status: 'open',
      skipReason: null,
      ruleId: null,
      slot: null,
      orderGid: orderId,
      orderName: '#9901',
      sequence: null,
      orderCreatedAt: new Date(),
      customerGid: null,
      customerName: null,
    };
    await app.c.touches.record([
      {...base, dedupeKey: 'late:gift', kind: 'free_gift'} as NewTouch,
      {...base, dedupeKey: 'late:email', kind: 'personal_email'} as NewTouch,
    ]);
    const stored = await app.c.models.Touch.find({shop, orderGid: orderId}).lean<TouchDoc[]>();
    const byKind = new Map(stored.map((t) => [t.kind, t]));
    expect(byKind.get('free_gift')).toMatchObject({
      status: 'skipped',
      skipReason: 'already_shipped',
    });
    expect(byKind.get('personal_email')).toMatchObject({status: 'open'});
    const fulfilment = await app.c.models.OrderFulfillment.findOne({shop, orderGid: orderId});
    expect(fulfilment!.fulfilledAt.toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('when the fulfilment is redelivered, then nothing changes twice', async () => {
    const count = () => app.c.models.OrderFulfillment.countDocuments({shop});
    const before = await count();
    const body = {
      admin_graphql_api_id: 'gid://shopify/Order/990003',
      fulfillment_status: 'fulfilled',
    };
    const eventId = 'redelivered-event';
    const first = await sendWebhook(app.url, app.config, {
      topic: 'orders/fulfilled',
      shop,
      body,
      eventId,
    });
    const second = await sendWebhook(app.url, app.config, {
      topic: 'orders/fulfilled',
      shop,
      body,
      eventId,
    });
    expect([first.body.outcome, second.body.outcome]).toEqual(['processed', 'duplicate']);
    expect(await count()).toBe(before + 1);
  });

  it('when the payload has no order id or a bad HMAC, then 400 / 401 and nothing is stored', async () => {
    const count = () => app.c.models.OrderFulfillment.countDocuments({shop});
    const before = await count();
    const bad = await sendWebhook(app.url, app.config, {
      topic: 'orders/fulfilled',
      shop,
      body: {admin_graphql_api_id: 'gid://shopify/Customer/1'},
    });
    expect(bad.status).toBe(400);
    const unsigned = await sendWebhook(app.url, app.config, {
      topic: 'orders/fulfilled',
      shop,
      body: {admin_graphql_api_id: 'gid://shopify/Order/990002'},
      secret: 'not-the-secret',
    });
    expect(unsigned.status).toBe(401);
    expect(await count()).toBe(before);
  });

  it('when the fulfilment webhook is lost, then reconciliation asks Shopify about open box touches and ends the shipped ones', async () => {
    const more = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({count: 20, newCustomers: true, seed: 3}),
    });
    expect(more.status).toBe(201);
    await app.shopify.sender.settled();
    await app.settle();
    const all = (await api(app, shop, 'GET', '/api/touches?limit=200')).body.touches as any[];
    const open = all.filter((t) => t.kind === 'team_photo' && t.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    const lost = open[0].orderId as string;
    const res = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/fulfil`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({orderId: lost, dropWebhook: true}),
    });
    expect(res.status).toBe(200);
    await app.shopify.sender.settled();
    expect((await touchesOf(lost)).find((t) => t.kind === 'team_photo').status).toBe('open');

    // Orders placed within the hour are not asked about; two hours later they are.
    expect(await app.c.shippedCheck.checkShop(shop)).toEqual({asked: 0, ended: 0});
    const later = new Date(Date.now() + 2 * 3_600_000);
    const checked = await app.c.shippedCheck.checkShop(shop, later);
    const boxKinds = ['team_photo', 'handwritten_card', 'free_gift', 'sticker_note'];
    const boxOfLost = all.filter(
      (t) => t.orderId === lost && t.status === 'open' && boxKinds.includes(t.kind),
    );
    expect(checked.ended).toBe(boxOfLost.length);
    const [photo] = (await touchesOf(lost)).filter((t) => t.kind === 'team_photo');
    expect(photo).toMatchObject({status: 'skipped', skipReason: 'already_shipped'});
    // Unshipped orders stay open, and asking again ends nothing twice.
    const still = open.filter((t) => t.orderId !== lost).map((t) => t.id);
    expect(still.length).toBeGreaterThan(0);
    const after = (await api(app, shop, 'GET', '/api/touches?limit=200')).body.touches as any[];
    for (const id of still) expect(after.find((t) => t.id === id).status).toBe('open');
    expect((await app.c.shippedCheck.checkShop(shop, later)).ended).toBe(0);
  });
});
