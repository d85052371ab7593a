import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {simpleParser} from 'mailparser';
import type {TouchDoc} from '../src/touches';
import {api} from './support/shop-flow';
import {apiGet, sessionToken} from './support/sign';
import {pdfWords} from './support/pdf';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'answers-a.myshopify.com';
let app: TestApp;
let ana: {id: string};
const NOTE = 'Can you gift wrap it, please? It is a birthday present for my sister.';
const REPLY =
  'Hello! Yes, we will wrap it in our green paper with a ribbon, and I wrote a little birthday tag for your sister myself. It leaves tomorrow.';

const mails = () => readdirSync(app.smtp.dir).filter((f) => f.endsWith('.eml'));
const touchesOf = async (orderId: string) =>
  (await app.c.workingSet.read(shop)).filter((t) => t.orderGid === orderId);

async function orders(count: number, note: string) {
  const res = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({count, note, newCustomers: true, seed: 3}),
  });
  expect(res.status).toBe(201);
  await app.shopify.sender.settled();
  await app.settle();
  return ((await res.json()) as {orders: {id: string; customerId: string}[]}).orders;
}

let tenth: {id: string; customerId: string};
let question: TouchDoc;
let photo: TouchDoc;

beforeAll(async () => {
  app = await startTestApp();
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
  ana = (await api(app, shop, 'POST', '/api/staff', {name: 'Ana Lima'})).body.staff;
  // Ten orders that each ask for gift wrap: each is a question; the 10th gets a team photo too.
  const made = await orders(10, NOTE);
  // Orders are numbered as their webhooks arrive: find the one the team photo went to.
  photo = (await app.c.workingSet.read(shop)).find((t) => t.kind === 'team_photo')!;
  tenth = made.find((o) => o.id === photo.orderGid)!;
  const mine = await touchesOf(tenth.id);
  question = mine.find((t) => t.kind === 'answer_question')!;
  photo = mine.find((t) => t.kind === 'team_photo')!;
  expect(question && photo).toBeTruthy();
  // The customer unsubscribed from marketing since: a reply to their question still goes.
  const numeric = tenth.customerId.split('/').pop();
  await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/customers/${numeric}`, {
    method: 'PATCH',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({unsubscribed: true, acceptsMarketing: false}),
  });
}, 120_000);
afterAll(() => app.close());

describe('answering the question', () => {
  it('when the order asks for gift wrap, then its other touches say a question is waiting and the packer sees the request', async () => {
    const detail = (await api(app, shop, 'GET', `/api/touches/${photo._id}`)).body;
    expect(detail.questionWaiting).toEqual({id: String(question._id), question: NOTE});
    expect(detail.touch.request).toBe(NOTE);
    const queue = (await api(app, shop, 'GET', '/api/print/queue?state=to_print')).body;
    const order = queue.orders.find((o: any) => o.orderId === tenth.id);
    expect(order).toMatchObject({questionWaiting: true, request: detail.touch.request});
  });

  it('when the reply asks for a gift card, or the touch is a team photo, then it is refused and nothing is queued', async () => {
    const withGift = await api(app, shop, 'POST', `/api/touches/${question._id}/email`, {
      subject: 'Your gift wrap',
      body: REPLY,
      includeGiftCard: true,
    });
    expect(withGift.status).toBe(400);
    expect(withGift.body.error.fields.includeGiftCard).toBeDefined();
    const notEmail = await api(app, shop, 'POST', `/api/touches/${photo._id}/email`, {
      subject: 'Hi',
      body: REPLY,
    });
    expect(notEmail.status).toBe(422);
    await api(app, shop, 'PATCH', `/api/touches/${question._id}`, {assignee: null});
    const unassigned = await api(app, shop, 'POST', `/api/touches/${question._id}/email`, {
      subject: 'Your gift wrap',
      body: REPLY,
    });
    expect(unassigned.status).toBe(422);
    expect(unassigned.body.error.message).toMatch(/Assign the touch/);
    expect(await app.c.models.Email.countDocuments({shop})).toBe(0);
  });

  it('when Ana replies by email, then it is sent over SMTP to the unsubscribed customer as her, and the question is answered with her words', async () => {
    await api(app, shop, 'PATCH', `/api/touches/${question._id}`, {assignee: ana.id});
    const check = (await api(app, shop, 'GET', `/api/touches/${question._id}`)).body.emailCheck;
    expect(check).toEqual({canSend: true, reason: null});
    const before = mails().length;
    const res = await api(app, shop, 'POST', `/api/touches/${question._id}/email`, {
      subject: 'Your gift wrap',
      body: REPLY,
    });
    expect(res.status).toBe(202);
    expect(res.body.email).toMatchObject({state: 'queued', includeGiftCard: false});
    await app.c.worker.drain();
    expect(mails().length).toBe(before + 1);
    const mail = await simpleParser(readFileSync(path.join(app.smtp.dir, mails().sort().at(-1)!)));
    expect(mail.from!.value[0]!.name).toMatch(/^Ana Lima at /);
    expect(mail.text).toContain('green paper with a ribbon');
    expect(mail.text).not.toMatch(/gift card/i);
    const customer = app.shopify.state.shops.get(shop)!.customers.get(tenth.customerId)!;
    expect((mail.to as {value: {address: string}[]}).value[0]!.address).toBe(customer.email);

    const after = (await api(app, shop, 'GET', `/api/touches/${question._id}`)).body;
    expect(after.email.state).toBe('sent');
    expect(after.touch).toMatchObject({status: 'done', stage: 'answered', note: REPLY});
    const onPhoto = (await api(app, shop, 'GET', `/api/touches/${photo._id}`)).body;
    expect(onPhoto.questionWaiting).toBeNull();
    const card = (
      await api(app, shop, 'GET', `/api/orders/${encodeURIComponent(tenth.id)}/touches`)
    ).body.touches;
    expect(card.find((t: any) => t.kind === 'answer_question')).toMatchObject({
      status: 'done',
      stage: 'answered',
    });
    const again = await api(app, shop, 'POST', `/api/touches/${question._id}/email`, {
      subject: 'Your gift wrap',
      body: REPLY,
    });
    expect(again.status).toBe(422);
  });

  it('when a question is marked answered elsewhere, then it needs a note saying how', async () => {
    const other = (await app.c.workingSet.read(shop)).find(
      (t) => t.kind === 'answer_question' && t.status === 'open',
    )!;
    const bare = await api(app, shop, 'PATCH', `/api/touches/${other._id}`, {status: 'done'});
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields.note).toBeDefined();
    const stored = await app.c.models.Touch.findById(other._id).lean<TouchDoc>();
    expect(stored!.status).toBe('open');
    const noted = await api(app, shop, 'PATCH', `/api/touches/${other._id}`, {
      status: 'done',
      note: 'Answered by phone: yes, wrapped in green paper.',
    });
    expect(noted.status).toBe(200);
    expect(noted.body.touch).toMatchObject({status: 'done', stage: 'answered'});
    expect(noted.body.touch.stages[0].by).toBeNull();
  });

  it('when the photo sticker prints, then it carries the customer request under the instruction', async () => {
    const res = await fetch(`${app.url}/api/print/stickers`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${sessionToken(app.config, shop)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({touchIds: [String(photo._id)], stock: 'thermal-4x6'}),
    });
    expect(res.status).toBe(200);
    const words = (await pdfWords(Buffer.from(await res.arrayBuffer()))).map((w) => w.text);
    expect(words.join(' ')).toContain('Put the team photo in this box');
    expect(words.join(' ')).toContain('gift wrap it, please?');
  });
});
