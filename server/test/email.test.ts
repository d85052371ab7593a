import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {simpleParser} from 'mailparser';
import {sendWebhook, sessionToken} from './support/sign';
import {api, shopWithOrders} from './support/shop-flow';
import {startTestApp, type TestApp} from './support/test-app';
import type {TouchDoc} from '../src/touches/touch.model';

const shop = 'email-shop.myshopify.com';
let app: TestApp;
let writer: {id: string};
let emailTouches: TouchDoc[];

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('0000000d4944415478da63f8cfc0f01f0005000201f7e5d0a50000000049454e44ae426082', 'hex'),
]);
const BODY =
  'Hi! I packed your order this morning and slipped in an extra bar of the lavender soap, because you asked about it last time.\n\nThank you for coming back to us.';

beforeAll(async () => {
  app = await startTestApp();
  await shopWithOrders(app, shop, 300);
  const staff = await api(app, shop, 'POST', '/api/staff', {
    name: 'Jo Baker',
    role: 'Packing',
    replyToEmail: 'jo@sunny.example',
    dailyCapacityMinutes: 60,
  });
  expect(staff.status).toBe(201);
  writer = staff.body.staff;
  const photo = await fetch(`${app.url}/api/staff/${writer.id}/photo`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop)}`,
      'content-type': 'image/png',
    },
    body: PNG,
  });
  expect(photo.status).toBe(200);
  emailTouches = (
    await app.c.models.Touch.find({shop, kind: 'personal_email', status: 'open'}).lean<TouchDoc[]>()
  ).sort((a, b) => a.sequence! - b.sequence!);
  expect(emailTouches.length).toBe(6);
  for (const t of emailTouches)
    expect(
      (await api(app, shop, 'PATCH', `/api/touches/${t._id}`, {assignee: writer.id})).status,
    ).toBe(200);
}, 180_000);
afterAll(() => app.close());

const mails = () =>
  readdirSync(app.smtp.dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
const parsed = async (file: string) => simpleParser(readFileSync(path.join(app.smtp.dir, file)));
const send = (id: unknown, body: object) =>
  api(app, shop, 'POST', `/api/touches/${id}/email`, body);
const detail = async (id: unknown) => (await api(app, shop, 'GET', `/api/touches/${id}`)).body;
/** Runs the send job (and any retry that has come due). */
async function runJobsFor(ms = 0) {
  if (ms) await new Promise((r) => setTimeout(r, ms));
  await app.c.worker.drain();
}

describe('a personal email, written by a person and sent as them', () => {
  it('when the writer previews, then they see it from "Jo Baker at <shop>", with their photo and the gift code masked', async () => {
    const t = emailTouches[0]!;
    const gift = await api(app, shop, 'POST', `/api/touches/${t._id}/gift-card`, {});
    expect(gift.status).toBe(201);
    const res = await api(app, shop, 'POST', `/api/touches/${t._id}/email/preview`, {
      subject: 'Your order, from Jo',
      body: BODY,
      includeGiftCard: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.from).toBe('Jo Baker at Email Shop');
    expect(res.body.replyTo).toBe('jo@sunny.example');
    expect(res.body.html).toContain('data:image/png;base64,');
    expect(res.body.html).toContain(gift.body.code.slice(-4));
    expect(res.body.html).not.toContain(gift.body.code);
    expect(res.body.text).not.toContain(gift.body.code);
    expect(res.body.text).toContain('lavender soap');
  });

  it('when it is sent, then a real SMTP message arrives: from, reply-to, subject, text and HTML, the inline photo, and the gift code only in the gift block', async () => {
    const t = emailTouches[0]!;
    const before = mails().length;
    const res = await send(t._id, {
      subject: 'Your order, from Jo',
      body: BODY,
      includeGiftCard: true,
    });
    expect(res.status).toBe(202);
    expect(res.body.email).toMatchObject({state: 'queued', includeGiftCard: true});
    expect((await detail(t._id)).email.state).toBe('queued');
    await runJobsFor();
    expect(mails().length).toBe(before + 1);
    const mail = await parsed(mails().at(-1)!);
    const customer = app.shopify.state.shops.get(shop)!.customers.get(t.customerGid!)!;
    expect(mail.from!.value[0]).toMatchObject({
      name: 'Jo Baker at Email Shop',
      address: 'no-reply@localhost',
    });
    expect(mail.replyTo!.value[0]!.address).toBe('jo@sunny.example');
    expect((mail.to as {value: {address: string}[]}).value[0]!.address).toBe(customer.email);
    expect(mail.subject).toBe('Your order, from Jo');
    const code: string = (await app.c.giftCodes.read(shop, String(t._id)))?.code ?? '';
    // The code was dropped once the email went and the touch was done; the stand-in knows it.
    const issued = app.shopify.state.shops
      .get(shop)!
      .giftCards.find((g) => g.note?.includes(String(t._id)))!;
    expect(code).toBe('');
    const grouped = issued.code.replace(/(.{4})(?=.)/g, '$1 ');
    expect(mail.text).toContain('lavender soap');
    expect(mail.text).toContain(`Code: ${grouped}`);
    expect(mail.text!.split(grouped).length).toBe(2);
    expect(mail.html).toContain(grouped);
    const photo = mail.attachments.find((a) => a.cid === 'writer-photo@human-touch');
    expect(photo).toMatchObject({contentType: 'image/png', contentDisposition: 'inline'});
    expect(Buffer.compare(photo!.content, PNG)).toBe(0);
    expect(mail.html).toMatch(/<img[^>]+alt="Jo Baker"/);
    expect(mail.subject).not.toContain(issued.code);

    const after = await detail(t._id);
    expect(after.email).toMatchObject({state: 'sent', attempts: 1, failedReason: null});
    expect(after.touch.status).toBe('done');
    expect(after.giftCard.codeKept).toBe(false);
    expect(app.logs.join('')).not.toContain(issued.code);
    expect(app.logs.join('')).not.toContain(customer.email!);
  });

  it('when Send is pressed again, or the body copies the starter prompt, then nothing more is sent', async () => {
    expect(
      (await send(emailTouches[0]!._id, {subject: 'Again', body: BODY, includeGiftCard: false}))
        .body.error.code,
    ).toBe('email_exists');
    const prompt = await send(emailTouches[1]!._id, {
      subject: 'Hello',
      body: 'Tell them who you are at the shop and one real thing about their order.',
      includeGiftCard: false,
    });
    expect([prompt.status, prompt.body.error.code]).toEqual([422, 'not_human']);
    const noGift = await send(emailTouches[1]!._id, {
      subject: 'Hello',
      body: BODY.replace('lavender', 'rose'),
      includeGiftCard: true,
    });
    expect([noGift.status, noGift.body.error.code]).toEqual([422, 'needs_gift_card']);
    for (const bad of [
      {},
      {subject: '', body: 'x'},
      {subject: 'x'.repeat(201), body: 'y'},
      {subject: 'x', body: 'y', includeGiftCard: 'yes'},
      {subject: {$ne: 1}, body: 'y'},
    ]) {
      expect((await send(emailTouches[1]!._id, bad)).status).toBe(400);
    }
    expect(await app.c.models.Email.findById(String(emailTouches[1]!._id)).lean()).toBeNull();
  });

  it('when the mail server says "try again later" once, then the job retries and the email is sent once', async () => {
    const t = emailTouches[1]!;
    const before = mails().length;
    app.smtp.failNext(451, 'Greylisted, please try again later');
    expect(
      (
        await send(t._id, {
          subject: 'From Jo',
          body: 'Thank you for the lovely note you left with your order; the team read it aloud at lunch.',
          includeGiftCard: false,
        })
      ).status,
    ).toBe(202);
    await runJobsFor();
    const mid = await detail(t._id);
    expect(mid.email).toMatchObject({state: 'queued', attempts: 1});
    expect(mails().length).toBe(before);
    await runJobsFor(1100);
    expect((await detail(t._id)).email).toMatchObject({state: 'sent', attempts: 2});
    expect(mails().length).toBe(before + 1);
  });

  it('when the mail server refuses for good, then the touch shows the reason and a new email may be written', async () => {
    const t = emailTouches[2]!;
    app.smtp.failNext(550, 'Mailbox unavailable');
    expect(
      (
        await send(t._id, {
          subject: 'From Jo',
          body: 'Your parcel left today; I wrapped the mugs twice because the last box was dented.',
          includeGiftCard: false,
        })
      ).status,
    ).toBe(202);
    await runJobsFor();
    const after = await detail(t._id);
    expect(after.email.state).toBe('failed');
    expect(after.email.failedReason).toMatch(/550/);
    expect(after.touch.status).toBe('open');
    expect(
      (
        await send(t._id, {
          subject: 'From Jo',
          body: 'Your parcel left today; I wrapped the mugs twice because the last box was dented.',
          includeGiftCard: false,
        })
      ).status,
    ).toBe(202);
    await runJobsFor();
    expect((await detail(t._id)).email.state).toBe('sent');
  });

  it('when the customer unsubscribed after the order, then consent is checked at send time and nothing is sent', async () => {
    const t = emailTouches[3]!;
    const before = mails().length;
    const customerId = t.customerGid!.split('/').pop();
    const changed = await fetch(
      `${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/customers/${customerId}`,
      {
        method: 'PATCH',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({unsubscribed: true}),
      },
    );
    expect(changed.status).toBe(200);
    expect(
      (
        await send(t._id, {
          subject: 'From Jo',
          body: 'We noticed this is your third order of the green tea this year; thank you.',
          includeGiftCard: false,
        })
      ).status,
    ).toBe(202);
    await runJobsFor();
    expect((await detail(t._id)).email).toMatchObject({
      state: 'failed',
      failedReason: expect.stringMatching(/unsubscribed/),
    });
    expect(mails().length).toBe(before);
  });

  it('when the Outbox is opened (local mode), then it lists the messages and shows one with its photo inlined', async () => {
    const list = await api(app, shop, 'GET', '/api/dev/outbox');
    expect(list.status).toBe(200);
    expect(list.body.messages.length).toBe(mails().length);
    const first = list.body.messages.find(
      (m: {subject: string}) => m.subject === 'Your order, from Jo',
    );
    const one = await api(app, shop, 'GET', `/api/dev/outbox/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.body.html).toContain('data:image/png;base64,');
    expect(one.body.attachments).toEqual([
      expect.objectContaining({cid: 'writer-photo@human-touch', contentType: 'image/png'}),
    ]);
    expect((await api(app, shop, 'GET', '/api/dev/outbox/..%2F..%2Fetc%2Fpasswd')).status).toBe(
      404,
    );
  });

  it('when customers/redact arrives, then the stored email bodies of that customer are erased', async () => {
    const t = emailTouches[1]!;
    const customerId = Number(t.customerGid!.split('/').pop());
    const res = await sendWebhook(app.url, app.config, {
      topic: 'customers/redact',
      shop,
      body: {
        shop_id: 1,
        shop_domain: shop,
        customer: {id: customerId, email: null, phone: null},
        orders_to_redact: [],
      },
    });
    expect(res.status).toBe(200);
    await app.settle();
    const stored = await app.c.models.Email.findById(String(t._id)).lean();
    expect(stored).toMatchObject({subject: null, body: null, state: 'sent'});
    expect(JSON.stringify(stored)).not.toContain('lovely note');
  });
});
