import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';
import type {TouchDoc} from '../../src/touches';
import {pdfWords} from '../support/pdf';
import {api, shopWithOrders} from '../support/shop-flow';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

// 60 orders through the local Shopify (team photos for 6 orders, signed cards for 3 of them, 1 personal email), a sticker note
// given by hand with its note and one not written yet; then the Print page at the packing bench, in Chromium.
const shop = 'bench-demo.myshopify.com';
const shots = path.resolve(__dirname, '../../../test-results');
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let written: string;
let unwritten: string;

const touchesOf = () => app.c.models.Touch.find({shop}).lean<TouchDoc[]>();

beforeAll(async () => {
  mkdirSync(shots, {recursive: true});
  app = await startTestApp();
  await shopWithOrders(app, shop, 60);
  const sam = (
    await api(app, shop, 'POST', '/api/staff', {
      name: 'Sam Okafor',
      signature: {type: 'typed', text: 'Sam'},
    })
  ).body.staff;
  const photos = (await api(app, shop, 'GET', '/api/touches?kind=team_photo&sort=oldest')).body
    .touches;
  const note = 'Thank you for your first order with us, we packed it with extra care!';
  written = (
    await api(app, shop, 'POST', '/api/touches', {
      orderId: photos[0].orderId,
      kind: 'sticker_note',
      assignee: sam.id,
      note,
    })
  ).body.touch.id;
  unwritten = (
    await api(app, shop, 'POST', '/api/touches', {orderId: photos[1].orderId, kind: 'sticker_note'})
  ).body.touch.id;
  browser = await launchChromium();
  context = await browser.newContext({viewport: {width: 1280, height: 900}});
  page = await context.newPage();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app.close();
});

describe('the Print page at the packing bench, in a real browser', () => {
  it('when the packer opens it, then the orders with something for the box are listed in order, with the count the big button prints', async () => {
    await page.goto(`${app.url}/?shop=${shop}&page=print`);
    const button = page.getByRole('button', {name: 'Print today’s stickers (10)'});
    await button.waitFor();
    await page.getByText('6 orders waiting · 1 sticker needs a note first').waitFor();
    const orders = page.getByRole('listitem', {name: /^Order #/});
    expect(await orders.count()).toBe(6);
    const first = orders.first();
    const text = await first.textContent();
    expect(text).toContain('Team photo');
    expect(text).toContain('Thank you for your first order');
    await page.getByRole('button', {name: /^Write note for/}).waitFor();
    await page.screenshot({path: path.join(shots, 'panel-print-queue.png'), fullPage: true});
  });

  it('when checked with axe, then no serious or critical violations', async () => {
    const results = await new AxeBuilder({page}).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} ${v.nodes
              .slice(0, 3)
              .map((n) => n.html.slice(0, 200))
              .join(' | ')}`,
        ),
    ).toEqual([]);
  });

  it('when today’s stickers are printed, then the PDF opens with every ready sticker and each is marked printed, the unwritten note left waiting', async () => {
    const opened = context.waitForEvent('page');
    await page.getByRole('button', {name: 'Print today’s stickers (10)'}).click();
    await page.getByText('Printed 10 stickers').waitFor();
    expect((await opened).url()).toMatch(/^blob:/);
    const link = page.getByRole('link', {name: 'Open PDF (10 stickers)'});
    const bytes = await page.evaluate(
      async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())),
      (await link.getAttribute('href'))!,
    );
    const words = (await pdfWords(Buffer.from(bytes))).map((w) => w.text).join(' ');
    expect(words).toContain('extra care!');
    expect(words.match(/team photo/g)).toHaveLength(6);
    expect(words.match(/signed card/g)).toHaveLength(3);
    const stored = await touchesOf();
    expect(
      stored
        .filter((t) => t.printedAt)
        .map((t) => t.kind)
        .sort(),
    ).toEqual([
      ...Array(3).fill('handwritten_card'),
      'sticker_note',
      ...Array(6).fill('team_photo'),
    ]);
    expect(stored.find((t) => String(t._id) === unwritten)!.printedAt).toBeNull();
    await page.getByRole('button', {name: 'Print today’s stickers (0)'}).waitFor();
    await page.screenshot({
      path: path.join(shots, 'panel-print-queue-printed.png'),
      fullPage: true,
    });
  });

  it('when one sticker is reprinted, then it asks first and prints only that one again', async () => {
    await page.getByRole('button', {name: 'Printed, to pack'}).click();
    await page.getByRole('button', {name: /^Reprint: sticker note for/}).click();
    await page.getByText('It was printed once already', {exact: false}).waitFor();
    await page.getByRole('dialog').getByRole('button', {name: 'Reprint'}).click();
    await page.getByText('Printed 1 sticker').waitFor();
    const again = (await touchesOf()).filter((t) => (t.printCount ?? 0) > 1);
    expect(again.map((t) => String(t._id))).toEqual([written]);
  });

  it('when an order is marked packed, then its touches are done by the packer and it moves to Packed', async () => {
    const first = page.getByRole('listitem', {name: /^Order #/}).first();
    const name = (await first.getByRole('heading').textContent())!;
    await first.getByRole('button', {name: `Mark order packed: ${name}`}).click();
    await page.getByText(`${name} packed`, {exact: true}).waitFor();
    const packed = (await touchesOf()).filter((t) => t.orderName === name && t.status === 'done');
    expect(packed.map((t) => t.kind).sort()).toEqual(['sticker_note', 'team_photo']);
    expect(packed.every((t) => t.doneBy && t.doneAt)).toBe(true);
    await page.getByRole('button', {name: 'Packed', exact: true}).click();
    await page
      .getByRole('listitem', {name: `Order ${name}`})
      .getByText(/^Packed by /)
      .first()
      .waitFor();
  });

  it('when the screen is narrow (a tablet on the bench), then the page still reads top to bottom', async () => {
    await page.setViewportSize({width: 420, height: 900});
    await page.goto(`${app.url}/?shop=${shop}&page=print`);
    await page.getByRole('button', {name: /^Print today’s stickers/}).waitFor();
    await page.screenshot({path: path.join(shots, 'panel-print-queue-narrow.png'), fullPage: true});
  });
});
