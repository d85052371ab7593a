import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';
import {apiGet, sessionToken} from '../support/sign';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

const shop = 'panel-demo.myshopify.com';
const shots = path.resolve(__dirname, '../../../test-results');
let app: TestApp;
let browser: Browser;
let page: Page;

/** axe-core over the page as it is: no serious or critical violations. */
async function expectAccessible(p: Page) {
  const results = await new AxeBuilder({page: p}).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
}

beforeAll(async () => {
  mkdirSync(shots, {recursive: true});
  app = await startTestApp();
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
  const origin = app.config.SHOPIFY_LOCAL_ORIGIN!;
  await fetch(`${origin}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({count: 120, newCustomers: true}),
  });
  await app.shopify.sender.settled();
  await app.settle();
  browser = await launchChromium();
  page = await (await browser.newContext({viewport: {width: 1280, height: 900}})).newPage();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app.close();
});

describe('the Today page in a real browser', () => {
  it('when the merchant opens the panel, then it may be framed only by their admin', async () => {
    const res = await page.goto(`${app.url}/?shop=${shop}`);
    expect(res?.headers()['content-security-policy']).toBe(
      `frame-ancestors https://${shop} https://admin.shopify.com;`,
    );
  });

  it('when 120 orders have come in, then the open touches are listed, soonest due first, with today at a glance', async () => {
    await page.goto(`${app.url}/?shop=${shop}`);
    await page.getByRole('heading', {name: 'Today', exact: true}).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    // 12 team photos, 6 cards, 2 personal emails and 1 free gift for orders 1..120.
    expect(await rows.count()).toBe(21);
    // Soonest due first: the due times shown never go backwards.
    const due = await rows.evaluateAll((trs) =>
      trs.map(
        (tr) => (tr as unknown as {textContent: string}).textContent.match(/in (\d+) h/)?.[1],
      ),
    );
    expect(due.every((h) => h !== undefined)).toBe(true);
    expect(due.map(Number)).toEqual([...due.map(Number)].sort((a, b) => a - b));
    const open = page.locator('h3', {hasText: /^Open$/}).locator('..');
    await expect(open.textContent()).resolves.toContain('21');
    expect(await page.getByText('Free gift').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({path: path.join(shots, 'panel-today.png'), fullPage: true});
  });

  it('when the page is checked with axe, then there are no serious or critical violations', async () => {
    const results = await new AxeBuilder({page}).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('when a person writes a handwritten card, then the be-human check, the draft to copy by hand and "Mark prepared" work', async () => {
    await page.goto(`${app.url}/?shop=${shop}`);
    const cardRow = page.locator('tbody tr', {hasText: 'Handwritten card'});
    await cardRow.first().waitFor();
    const openCards = await cardRow.count();
    expect(openCards).toBe(6);
    await cardRow.first().getByRole('button').first().click();
    await page.getByRole('heading', {name: /Handwritten card for #\d+/}).waitFor();
    await page.getByText(/ships to Bristol, GB/).waitFor(); // the order summary: where it goes and what is in it
    expect(await page.locator('li', {hasText: /^\d+ × /}).count()).toBeGreaterThanOrEqual(1);
    // A card is written with a pen by default: the box is the writer's draft, and nothing claims it is printed.
    const editor = page.getByLabel('Your draft');
    await page.getByText(/copy it by hand onto the card/).waitFor();
    await editor.fill(
      'Thank you so much for your order! We packed it with care and hope you love it.',
    );
    await page.getByText('This reads like a copy').waitFor();
    const own =
      'Ada, Jo wrapped your mug straight out of the kiln this morning. Enjoy your first cup!';
    await editor.fill(own);
    expect(await page.getByText('This reads like a copy').count()).toBe(0);
    expect(await page.getByLabel('Handwritten preview').count()).toBe(0);
    await page.screenshot({path: path.join(shots, 'panel-touch.png'), fullPage: true});
    await expectAccessible(page);
    await page.getByRole('button', {name: 'Mark prepared'}).click();
    await page.getByText('Prepared: it waits in the packer’s queue').waitFor();
    const saved = await app.c.models.Touch.findOne({
      shop,
      kind: 'handwritten_card',
      note: own,
    }).lean();
    // The writer's stage is recorded; the card stays open until the packer packs it (docs/STAGES.md).
    expect(saved).toMatchObject({status: 'open', stages: [{stage: 'prepared', userId: '1'}]});
    await page.getByRole('button', {name: 'Ready for the packer'}).waitFor();
    const token = sessionToken(app.config, shop);
    const queue = await apiGet(app.url, '/api/print/queue?state=to_print', token);
    const toPrint = queue.body.orders.flatMap((o: {touches: {id: string}[]}) => o.touches);
    expect(toPrint.map((t: {id: string}) => t.id)).toContain(String(saved!._id));
    await page.getByRole('button', {name: 'Today'}).click();
    await page.getByRole('heading', {name: 'Today', exact: true}).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr', {hasText: 'Handwritten card'}).count()).toBe(openCards);
  });

  it('when settings are changed in the panel, then they are saved, and a bad value is shown next to its field', async () => {
    await page.goto(`${app.url}/?shop=${shop}&page=settings`);
    const cap = page.getByLabel("Don't touch a customer again within");
    await cap.waitFor();
    await cap.fill('45');
    await page.getByLabel('When several rules pick the same order').selectOption('one_per_order');
    await page.getByRole('button', {name: 'Save'}).click();
    await page.getByText('Settings saved').waitFor();
    expect((await app.c.shops.getShop(shop))?.settings).toMatchObject({
      frequencyCapDays: 45,
      stacking: 'one_per_order',
    });
    // The time zone is picked from a list, the shop's own in Shopify first and chosen already.
    const zone = page.getByLabel('Shop time zone');
    await expect(zone.locator('option').first().textContent()).resolves.toMatch(
      /^Europe\/London \(GMT.*\) — your shop's time zone in Shopify$/,
    );
    await expect(zone.inputValue()).resolves.toBe('Europe/London');
    await zone.selectOption('Europe/Dublin');
    // A number out of range is named at its field in plain words, and nothing is saved.
    await page.getByLabel('Hold out').fill('60');
    await page.getByRole('button', {name: 'Save'}).click();
    await page.getByText('Enter a whole number of percent from 0 to 50.').waitFor();
    await page.screenshot({path: path.join(shots, 'panel-settings.png'), fullPage: true});
    await expectAccessible(page);
    expect((await app.c.models.Shop.findById(shop).lean())?.settings.timezone).toBe(
      'Europe/London',
    );
    await page.getByLabel('Hold out').fill('10');
    await page.getByRole('button', {name: 'Save'}).click();
    await page.getByText('Settings saved').first().waitFor();
    expect((await app.c.models.Shop.findById(shop).lean())?.settings.timezone).toBe(
      'Europe/Dublin',
    );
  });

  it('when a shop has no touches yet, then the empty state explains what will appear', async () => {
    const empty = 'brand-new.myshopify.com';
    await page.goto(`${app.url}/?shop=${empty}`);
    await page.getByText('Nothing to do yet').waitFor();
    await page.screenshot({path: path.join(shots, 'panel-empty.png')});
  });
});

describe('the Team page in a real browser', () => {
  // A real 1×1 PNG: the server checks the bytes against the declared type.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  it('when the merchant adds a person with a photo and a drawn signature, then the profile and the photo are stored', async () => {
    await page.goto(`${app.url}/?shop=${shop}&page=team`);
    await page.getByText('Add the people who do the touches').waitFor();
    await page.screenshot({path: path.join(shots, 'panel-team-empty.png'), fullPage: true});
    await page.getByRole('button', {name: 'Add staff member'}).first().click();
    await page.getByRole('textbox', {name: /^Name/}).fill('Jo Bench');
    await page.getByLabel('Role').fill('Packing lead');
    await page.getByLabel('Daily capacity').fill('45');
    await page
      .locator('input[type=file]')
      .setInputFiles({name: 'jo.png', mimeType: 'image/png', buffer: png});
    // Sign on the pad with the mouse.
    await page.locator('label', {hasText: /^Drawn/}).click();
    await page.getByLabel(/Signature pad/).scrollIntoViewIfNeeded();
    const pad = await page.getByLabel(/Signature pad/).boundingBox();
    await page.mouse.move(pad!.x + 20, pad!.y + pad!.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++)
      await page.mouse.move(pad!.x + 20 + i * 15, pad!.y + pad!.height / 2 + (i % 2 ? -12 : 12), {
        steps: 2,
      });
    await page.mouse.up();
    await page.screenshot({path: path.join(shots, 'panel-team-form.png')});
    await page.getByRole('button', {name: 'Save'}).click();
    await page.getByText('Jo Bench added to the team').waitFor();
    const saved = await app.c.models.Staff.findOne({shop, name: 'Jo Bench'}).lean();
    expect(saved).toMatchObject({
      role: 'Packing lead',
      dailyCapacityMinutes: 45,
      active: true,
      signature: {type: 'drawn', svgPath: expect.stringMatching(/^M [\d.]+ [\d.]+ Q /)},
    });
    const photo = await app.c.models.StaffPhoto.findById(saved!._id).lean();
    expect(Buffer.from(photo!.data.buffer ?? photo!.data).equals(png)).toBe(true);
    await page.getByRole('img', {name: "Jo Bench's photo"}).waitFor();
    await page.screenshot({path: path.join(shots, 'panel-team.png'), fullPage: true});
    await expectAccessible(page); // the toast is still showing: its close button is named too
  });

  it("when the team has capacity, then Today weighs the day's touches against it", async () => {
    await page.goto(`${app.url}/?shop=${shop}`);
    await page.getByText(/needed of 45 min/).waitFor();
  });
});

describe('the 50th order’s personal email with a gift certificate, in a real browser', () => {
  it('when Ana writes the email, issues the $10 gift card and sends it, then the Outbox shows the message with the photo and the code', async () => {
    const token = sessionToken(app.config, shop);
    const call = (method: string, url: string, body: unknown, type = 'application/json') =>
      fetch(`${app.url}${url}`, {
        method,
        headers: {authorization: `Bearer ${token}`, 'content-type': type},
        body: type === 'application/json' ? JSON.stringify(body) : (body as Buffer),
      });
    const jo = (
      (await (
        await call('POST', '/api/staff', {
          name: 'Ana Writer',
          replyToEmail: 'ana@panel-demo.example',
          dailyCapacityMinutes: 30,
        })
      ).json()) as {staff: {id: string}}
    ).staff;
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    expect((await call('PUT', `/api/staff/${jo.id}/photo`, png, 'image/png')).status).toBe(200);
    const touch = await app.c.models.Touch.findOne({
      shop,
      kind: 'personal_email',
      sequence: 50,
    }).lean();
    expect((await call('PATCH', `/api/touches/${touch!._id}`, {assignee: jo.id})).status).toBe(200);

    page.setDefaultTimeout(10_000);
    await page.goto(`${app.url}/?shop=${shop}&touch=${touch!._id}`);
    await page.getByLabel('Subject').fill('A thank-you from the packing bench');
    await page
      .getByLabel('Your email')
      .fill(
        'Hello! I packed your order this morning; the scarf is one of my favourites and I hope it keeps you warm on the walk to work.\n\nThank you for your fiftieth-order luck.',
      );
    await page.getByRole('button', {name: 'Issue gift card'}).first().click();
    await page
      .getByRole('dialog')
      .getByRole('button', {name: /^Issue .*gift card$/})
      .click();
    const codeBox = page.getByLabel('Gift card code');
    await codeBox.waitFor();
    const issued = app.shopify.state.shops.get(shop)!.giftCards.at(-1)!;
    // Issued without a customer (write_customers is not requested; docs/PRIVACY.md); the note names the order.
    expect(issued).toMatchObject({initialValue: '10.00', customerId: null});
    expect(issued.note).toContain(touch!.orderName);
    await page.screenshot({path: path.join(shots, 'panel-gift-card.png'), fullPage: true});
    await expectAccessible(page);

    await page.getByLabel('Include the gift certificate').check();
    await page.getByRole('button', {name: 'Preview'}).click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({path: path.join(shots, 'panel-email-preview.png')});
    await page
      .getByRole('dialog')
      .getByRole('button', {name: /Close|Keep writing/})
      .first()
      .click();
    await page.getByRole('button', {name: 'Send email'}).click();
    await page.getByRole('dialog').getByRole('button', {name: 'Send now'}).click();
    await page
      .getByText(/Queued|Sending/)
      .first()
      .waitFor();
    await app.c.worker.drain();
    await page.getByText(/Sent/).first().waitFor({timeout: 10_000});
    await page.screenshot({path: path.join(shots, 'panel-email-sent.png'), fullPage: true});

    await page.goto(`${app.url}/?shop=${shop}&page=outbox`);
    await page.getByText('A thank-you from the packing bench').first().waitFor();
    // axe before a message is open: the message is a sandboxed iframe that runs no scripts, and axe
    // waits a minute for every frame it cannot inject into.
    await expectAccessible(page);
    await page.getByText('A thank-you from the packing bench').first().click();
    const frame = page.frameLocator('iframe').first();
    await frame.getByText(issued.code.replace(/(.{4})(?=.)/g, '$1 ')).waitFor();
    await expect(
      frame
        .locator('img[alt="Ana Writer"]')
        .evaluate((img) => (img as unknown as {naturalWidth: number}).naturalWidth),
    ).resolves.toBe(1);
    await page.screenshot({path: path.join(shots, 'panel-outbox.png'), fullPage: true});
  });
});

describe('the Rules page in a real browser', () => {
  it('when a rule is edited, then the simulator shows what the change means before it is saved; a bad number is shown at its field', async () => {
    await page.goto(`${app.url}/?shop=${shop}&page=rules`);
    await page.getByText('Signed thank-you card').waitFor();
    // 120 orders today over a 30-day window: 4 a day; the card every 20th → 0.2 a day.
    await page.getByText('Your last 30 days: 4 orders a day.').waitFor();
    await page.getByText('Signed thank-you card').click();
    const n = page.getByLabel('Every how many orders');
    await expect(n.inputValue()).resolves.toBe('20');
    await n.fill('5');
    const cardRow = page.locator('tr', {hasText: 'Handwritten card'});
    await expect(cardRow.filter({hasText: '0.8'}).first().waitFor()).resolves.toBeUndefined();
    await expect(cardRow.first().textContent()).resolves.toMatch(/0\.2.*0\.8 \+0\.6/);
    await page.screenshot({path: path.join(shots, 'panel-rules.png'), fullPage: true});
    await expectAccessible(page);
    expect(
      (await app.c.models.Rule.findOne({shop, key: 'default-handwritten-card'}).lean())?.n,
    ).toBe(20); // nothing saved yet

    await n.fill('0');
    await page.getByRole('button', {name: 'Save rule'}).click();
    await page.getByText(/Too small|greater than or equal to 1|at least 1/i).waitFor();
    await n.fill('5');
    await page.getByRole('button', {name: 'Save rule'}).click();
    await page.getByText('Rule saved').waitFor();
    expect(
      (await app.c.models.Rule.findOne({shop, key: 'default-handwritten-card'}).lean())?.n,
    ).toBe(5);
  });

  it('when a what-if volume is entered, then the figures are for that many orders a day', async () => {
    // The settings test left "one touch per order"; with stacking every 5th order's card is exact.
    await app.c.shops.updateSettings(shop, {stacking: 'stack'});
    await page.getByLabel('What if the shop had this many orders a day').fill('100');
    await page.getByText('At 100 orders a day:').waitFor();
    await page.screenshot({path: path.join(shots, 'panel-rules-what-if.png'), fullPage: true});
    await page
      .locator('tr', {hasText: 'Handwritten card'})
      .filter({hasText: '20'})
      .first()
      .waitFor();
  });
});
