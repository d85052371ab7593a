import {bigOrderId, orderPayload, type OrderOptions} from './orders';
import {api} from './shop-flow';
import {apiGet, sendWebhook, sessionToken} from './sign';
import type {TestApp} from './test-app';
import {finalStage} from '../../src/touches/stages';
import type {TouchDoc} from '../../src/touches/touch.model';

/** The mugs' product (the candles are product 632910392). */
export const MUG = {title: 'Stoneware mug', id: '632910393'};

/** An order from customer 100 + i; its lines are candles, or mugs. */
export function sendOrder(
  app: TestApp,
  shop: string,
  i: number,
  o: Partial<OrderOptions> & {mug?: boolean} = {},
) {
  const body = orderPayload({id: bigOrderId(i), customerId: 100 + i, ...o});
  return sendWebhook(app.url, app.config, {
    topic: 'orders/create',
    shop,
    body: o.mug
      ? body.replaceAll('Hand-poured candle', MUG.title).replaceAll('632910392', MUG.id)
      : body,
  });
}

/**
 * 30 orders; Ana (opted in to the digest) carries out every touch the cadence picked; Bo is on
 * the team too; then the customer of #10 orders again.
 */
export async function teamWithOutcomes(app: TestApp, shop: string) {
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
  for (let i = 1; i <= 30; i++) expect((await sendOrder(app, shop, i)).status).toBe(200);
  await app.settle();
  const ana = (
    await api(app, shop, 'POST', '/api/staff', {
      name: 'Ana Lima',
      replyToEmail: 'ana@shop.example',
      weeklyDigest: true,
    })
  ).body.staff as {id: string};
  const bo = (
    await api(app, shop, 'POST', '/api/staff', {name: 'Bo Chen', replyToEmail: 'bo@shop.example'})
  ).body.staff as {id: string};
  const picked = await app.c.models.Touch.find({shop, status: 'open'}).lean<TouchDoc[]>();
  expect(picked.length).toBeGreaterThanOrEqual(3);
  for (const t of picked)
    expect(
      (
        await api(app, shop, 'PATCH', `/api/touches/${t._id}`, {
          assignee: ana.id,
          stage: finalStage(t.kind),
        })
      ).status,
    ).toBe(200);
  const back = await sendOrder(app, shop, 31, {
    customerId: 110,
    createdAt: new Date(Date.now() + 1000),
  });
  expect(back.status).toBe(200);
  await app.settle();
  return {ana, bo};
}

/** Four questions in order notes: two ask the same about the mug, one about shipping, one about the candle. */
export async function questionsAsked(app: TestApp, shop: string) {
  await sendOrder(app, shop, 41, {mug: true, note: 'Is the mug dishwasher safe?'});
  await sendOrder(app, shop, 42, {
    mug: true,
    note: 'Happy birthday Sam! Can I put the mug in the dishwasher?',
  });
  await sendOrder(app, shop, 43, {mug: true, note: 'When will it ship?'});
  await sendOrder(app, shop, 44, {note: 'Is the candle dishwasher safe?'});
  await app.settle();
}
