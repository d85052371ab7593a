import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import type {TouchKind} from '../../src/cadence';
import {sessionToken} from '../support/sign';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

// 20 orders (two team photos, one signed card), a question asking for gift wrap, and one touch of
// every other kind given by hand; Ana writes, Pat packs, each in the panel as themselves.
const shop = 'stages-demo.myshopify.com';
const shots = path.resolve(__dirname, '../../../test-results');
const ANA = '501';
const PAT = '502';
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let user = ANA;
const ids = new Map<TouchKind | 'sticker_note_pen', string>();
let card: {id: string; orderId: string; orderName: string};
let question: {id: string; orderId: string};

async function call(method: string, p: string, body?: unknown, sub = ANA) {
  const res = await fetch(`${app.url}${p}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop, {sub})}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as any;
}

async function orders(body: object) {
  await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({newCustomers: true, seed: 5, ...body}),
  });
  await app.shopify.sender.settled();
  await app.settle();
}

const queueIds = async (state: string) =>
  (await call('GET', `/api/print/queue?state=${state}&limit=100`)).orders.flatMap((o: any) =>
    o.touches.map((t: any) => t.id),
  );

beforeAll(async () => {
  mkdirSync(shots, {recursive: true});
  app = await startTestApp();
  await call('GET', '/api/touches');
  for (const [name, sub] of [
    ['Ana Lima', ANA],
    ['Pat Reyes', PAT],
  ]) {
    const staff = (await call('POST', '/api/staff', {name}, sub)).staff;
    await call('PUT', '/api/staff/me', {staffId: staff.id}, sub);
  }
  await orders({count: 20});
  await orders({count: 1, note: 'Can you gift wrap it, please? It is for my dad.'});
  const all = (await call('GET', '/api/touches?limit=100')).touches as any[];
  card = all.find((t) => t.kind === 'handwritten_card');
  question = all.find((t) => t.kind === 'answer_question');
  const photo = all.find((t) => t.kind === 'team_photo' && t.orderId !== card.orderId);
  ids.set('handwritten_card', card.id);
  ids.set('answer_question', question.id);
  ids.set('team_photo', photo.id);
  const ana = (await call('GET', '/api/staff/me')).staff.id as string;
  await call('PATCH', `/api/touches/${question.id}`, {assignee: ana});
  for (const kind of [
    'sticker_note',
    'free_gift',
    'phone_call',
    'personal_email',
    'gift_card',
  ] as const) {
    const made = await call('POST', '/api/touches', {orderId: photo.orderId, kind, assignee: ana});
    ids.set(kind, made.touch.id);
  }
  // A sticker note written with a pen, on an order nobody packs in this file (the question's).
  const label = await call('POST', '/api/touches', {
    orderId: question.orderId,
    kind: 'sticker_note',
    assignee: ana,
    medium: 'pen',
  });
  ids.set('sticker_note_pen', label.touch.id);
  browser = await launchChromium();
  context = await browser.newContext({viewport: {width: 1280, height: 900}});
  // The local Shopify signs every token for one user; here each person gets their own.
  await context.route('**/session-token?*', (route) =>
    route.fulfill({json: {token: sessionToken(app.config, shop, {sub: user})}}),
  );
  page = await context.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const openTouch = async (id: string) => {
  await page.goto(`${app.url}/?shop=${shop}&touch=${id}`);
  // The title names the touch once it has loaded ("Team photo for #1010"), not the skeleton's.
  await page.getByRole('heading', {level: 1, name: / for #\d+/}).waitFor();
};

describe('a touch follows through from the writer to the box, in a real browser', () => {
  it('when Ana prepares the signed card, then it stays in the packer queue, prepared by her, until Pat packs it', async () => {
    user = ANA;
    await openTouch(card.id);
    await page
      .getByLabel('Your draft')
      .fill('Dear Jo, thank you for coming back to us: the blue one suits you.');
    await page.getByRole('button', {name: 'Mark prepared'}).first().click();
    await page.getByText('Prepared: it waits in the packer’s queue').waitFor();
    expect(await queueIds('to_print')).toContain(card.id);

    await page.goto(`${app.url}/?shop=${shop}&page=print`);
    const box = page.getByRole('listitem', {name: `Order ${card.orderName}`});
    await box.getByText('Prepared by Ana Lima').waitFor();
    await page.screenshot({path: path.join(shots, 'panel-stages-prepared.png'), fullPage: true});

    user = PAT;
    await page.reload();
    await box.getByRole('button', {name: `Mark order packed: ${card.orderName}`}).click();
    await box.waitFor({state: 'detached'});
    expect(await queueIds('to_print')).not.toContain(card.id);
    expect(await queueIds('packed')).toContain(card.id);
    const packed = (await call('GET', `/api/touches/${card.id}`)).touch;
    expect(packed.stages.map((s: any) => [s.stage, s.by])).toEqual([
      ['prepared', 'Ana Lima'],
      ['packed', 'Pat Reyes'],
    ]);
  });

  it('when Ana answers the question by email, then it is sent and the order shows it answered', async () => {
    user = ANA;
    await openTouch(question.id);
    await page
      .getByText('“Can you gift wrap it, please? It is for my dad.”', {exact: true})
      .waitFor();
    expect(await page.getByLabel('Include the gift certificate').count()).toBe(0);
    await page.screenshot({
      path: path.join(shots, 'panel-touch-answer_question.png'),
      fullPage: true,
    });
    await page.getByLabel('Subject').fill('Your gift wrap');
    await page
      .getByLabel('Your answer')
      .fill(
        'Hello! Yes: it goes in our green paper with a ribbon, and I tucked in a card for your dad.',
      );
    await page.getByRole('button', {name: 'Send answer'}).click();
    await page.getByRole('button', {name: 'Send now'}).click();
    let email: any = null;
    for (let i = 0; i < 50 && !['sent', 'failed'].includes(email?.state); i++) {
      await new Promise((r) => setTimeout(r, 200));
      await app.c.worker.drain();
      email = (await call('GET', `/api/touches/${question.id}`)).email;
    }
    expect(email).toMatchObject({state: 'sent', includeGiftCard: false});
    await page.getByText(/^Sent at /).waitFor({timeout: 15_000});
    const order = await call('GET', `/api/orders/${encodeURIComponent(question.orderId)}/touches`);
    expect(order.touches.find((t: any) => t.id === question.id)).toMatchObject({
      status: 'done',
      stage: 'answered',
    });
    await page.reload();
    await page.getByRole('button', {name: 'Next touch'}).first().waitFor();
    expect(await page.getByLabel('Skip this touch').count()).toBe(0);
  });

  it.each([
    'team_photo',
    'handwritten_card',
    'sticker_note',
    'sticker_note_pen',
    'free_gift',
    'phone_call',
    'personal_email',
    'gift_card',
  ] as const)(
    'when the %s Touch page opens, then it shows where its words go (screenshot)',
    async (kind) => {
      user = ANA;
      await openTouch(ids.get(kind)!);
      const noteBox = await page.getByRole('textbox').count();
      if (kind === 'team_photo' || kind === 'free_gift') expect(noteBox).toBe(0);
      if (kind === 'sticker_note_pen') {
        await page.getByText(/copy it by hand onto a sticky white label/).waitFor();
        expect(await page.getByText('Preview').count()).toBe(0);
      }
      await page.screenshot({path: path.join(shots, `panel-touch-${kind}.png`), fullPage: true});
    },
  );
});
