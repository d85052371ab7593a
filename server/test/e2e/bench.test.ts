import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import type {TouchDoc} from '../../src/touches';
import {boxTouches, inCell} from '../support/bench';
import {labelRect, STOCKS} from '../../src/print/stocks';
import {pdfPages, pdfToPngs, pdfWords} from '../support/pdf';
import {api, shopWithOrders} from '../support/shop-flow';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

// The packing bench in Chromium (issue 16): a 72-sticker run from a partly used sheet, and an
// order that ships before its team photo was packed.
const bench = 'bench-run.myshopify.com';
const shipped = 'bench-shipped.myshopify.com';
const shots = path.resolve(__dirname, '../../../test-results');
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Waits for a field to show `want` (the start label arrives with the stocks, after the page). */
async function fieldShows(p: Page, label: string, want: string): Promise<string> {
  const field = p.getByLabel(label);
  let value = await field.inputValue();
  for (let i = 0; i < 50 && value !== want; i++) {
    await p.waitForTimeout(200);
    value = await field.inputValue();
  }
  return value;
}

beforeAll(async () => {
  mkdirSync(shots, {recursive: true});
  app = await startTestApp();
  expect((await api(app, bench, 'GET', '/api/touches')).status).toBe(200);
  expect((await api(app, bench, 'PATCH', '/api/settings', {labelStock: 'avery-5160'})).status).toBe(
    200,
  );
  await shopWithOrders(app, shipped, 20);
  browser = await launchChromium();
  context = await browser.newContext({viewport: {width: 1280, height: 900}});
  page = await context.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app.close();
});

describe('the packing bench in a real browser', () => {
  it('when 72 stickers are printed from label 10, then one PDF carries them all on continuing label positions and the sheet’s next label is kept', async () => {
    const touches = await boxTouches(app, bench, 72, 1001);
    // The sheet in the printer was left at label 10 by an earlier print.
    expect(
      (await api(app, bench, 'PUT', '/api/print/next-label', {stock: 'avery-5160', position: 10}))
        .status,
    ).toBe(200);
    await page.goto(`${app.url}/?shop=${bench}&page=print`);
    expect(await fieldShows(page, 'Start at label', '10')).toBe('10');
    const opened = context.waitForEvent('page');
    await page.getByRole('button', {name: 'Print today’s stickers (72)'}).click();
    await page.getByText('Printed 72 stickers').waitFor();
    expect((await opened).url()).toMatch(/^blob:/);
    const links = page.getByRole('link', {name: /^Open PDF/});
    expect(await links.count()).toBe(1);
    const bytes = await page.evaluate(
      async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())),
      (await links.first().getAttribute('href'))!,
    );
    const pdf = Buffer.from(bytes);
    // 21 labels fill the first sheet from label 10, 30 the second, 21 the third.
    expect(await pdfPages(pdf)).toHaveLength(3);
    const words = await pdfWords(pdf);
    const stock = STOCKS['avery-5160'];
    touches.forEach((t, i) => {
      const slot = 9 + i;
      const cell = inCell(words, Math.floor(slot / 30) + 1, labelRect(stock, slot % 30));
      expect(cell.map((w) => w.text)).toContain(t.orderName);
    });
    const names = words.filter((w) => /^#\d+$/.test(w.text)).map((w) => w.text);
    expect(names.sort()).toEqual(touches.map((t) => t.orderName).sort());
    await pdfToPngs(pdf, path.join(shots, 'print'), 'bench-e2e-72-from-label-10', {pages: 3});
    // Every sticker was handed over, so every one is marked printed; the sheet continues at 22.
    const stored = await app.c.models.Touch.find({shop: bench}).lean<TouchDoc[]>();
    expect(stored.filter((t) => t.printedAt)).toHaveLength(72);
    await page.reload();
    expect(await fieldShows(page, 'Start at label', '22')).toBe('22');
    await page.getByRole('button', {name: 'Print today’s stickers (0)'}).waitFor();
    await page.screenshot({path: path.join(shots, 'bench-72-printed.png'), fullPage: true});
  });

  it('when an order ships before its team photo was packed, then the touch ends as shipped before packing and the bench says one was missed', async () => {
    const photo = (await app.c.models.Touch.findOne({
      shop: shipped,
      kind: 'team_photo',
      status: 'open',
    }).lean<TouchDoc>())!;
    const res = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shipped}/fulfil`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({orderId: photo.orderGid}),
    });
    expect(res.status).toBe(200);
    await app.shopify.sender.settled();
    await app.settle();
    expect(await app.c.models.Touch.findById(photo._id).lean<TouchDoc>()).toMatchObject({
      status: 'skipped',
      skipReason: 'already_shipped',
    });
    await page.goto(`${app.url}/?shop=${shipped}&page=print`);
    await page
      .getByText('1 box touch missed in the last 30 days: the order shipped before it was packed')
      .waitFor();
    expect(await page.getByText(photo.orderName, {exact: true}).count()).toBe(0);
    await page.screenshot({path: path.join(shots, 'bench-missed-shipped.png'), fullPage: true});
    await page.goto(`${app.url}/?shop=${shipped}&touch=${photo._id}`);
    await page.getByRole('heading', {name: `Team photo for ${photo.orderName}`}).waitFor();
    await page.getByText('Skipped', {exact: true}).first().waitFor();
  });
});
