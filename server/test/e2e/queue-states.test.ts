import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {sessionToken} from '../support/sign';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

const shop = 'states-demo.myshopify.com';
const shots = path.resolve(__dirname, '../../../test-results/screenshots');
let app: TestApp;
let browser: Browser;

async function api(method: string, route: string, body?: unknown) {
  const res = await fetch(`${app.url}${route}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop)}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as any;
}

const openCalls = async () =>
  app.c.models.Touch.countDocuments({shop, kind: 'phone_call', status: 'open'});

beforeAll(async () => {
  mkdirSync(shots, {recursive: true});
  app = await startTestApp();
  await api('GET', '/api/touches');
  // A call for every order: 60 open touches, more than the queue's first page of 50.
  await api('POST', '/api/rules', {
    name: 'Call every customer',
    kind: 'phone_call',
    type: 'every_nth',
    n: 1,
  });
  await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({count: 60, newCustomers: true}),
  });
  await app.shopify.sender.settled();
  await app.settle();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app.close();
});

async function newPage(width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({viewport: {width, height}});
  return context.newPage();
}

/** The server is down: every API call answers 503 (as a proxy does when the app is gone). */
const outage = (p: Page) =>
  p.route('**/api/**', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({error: {code: 'unavailable', message: 'The server is not answering'}}),
    }),
  );

describe('states a person can act on', () => {
  it.each([
    ['Today', '', 'the touch queue', /No touches|Nothing to do yet|No touches match/],
    ['Print', '&page=print', 'the print queue', /^Nothing to print$/],
    ['Rules', '&page=rules', 'the rules', /No rules yet/],
    ['Insights', '&page=insights', 'Insights', /No touches yet/],
    ['Settings', '&page=settings', 'the settings', /^$/],
  ])(
    'when the API is down on %s, then one banner says so with Retry, no empty state under it, and Retry recovers',
    async (_name, query, what, empty) => {
      const page = await newPage();
      await outage(page);
      await page.goto(`${app.url}/?shop=${shop}${query}`);
      const banner = page.getByText(`Couldn't load ${what}`);
      await banner.waitFor();
      expect(await page.getByText(/^Couldn't load/).count()).toBe(1);
      if (empty.source !== '^$') {
        const found = await page.getByText(empty).allTextContents();
        expect(found).toEqual([]);
      }
      await page.unroute('**/api/**');
      await page.getByRole('button', {name: 'Retry'}).click();
      await banner.waitFor({state: 'detached'});
      await page.context().close();
    },
  );

  it('when two touches are marked done in bulk, then the toast offers Undo, and Undo opens them again', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/?shop=${shop}`);
    const rows = page.locator('tbody tr', {hasText: 'Phone call'});
    await rows.first().waitFor();
    const before = await openCalls();
    for (const i of [0, 1]) await rows.nth(i).locator('td').first().click();
    await page.getByRole('button', {name: 'Mark done'}).click();
    const toast = page.getByRole('status').getByText('2 touches marked done');
    await toast.waitFor();
    expect(await openCalls()).toBe(before - 2);
    await page.getByRole('status').getByRole('button', {name: 'Undo'}).click();
    await page.getByRole('status').getByText('2 touches open again').waitFor();
    expect(await openCalls()).toBe(before);
    await page.context().close();
  });

  it('when the queue is seen on a phone (390 px), then each row shows the order, the due time and the status on screen', async () => {
    const page = await newPage(390, 844);
    await page.goto(`${app.url}/?shop=${shop}`);
    // Condensed, the table is a list: one item per touch.
    const row = page.locator('li', {hasText: 'Phone call'}).first();
    await row.waitFor();
    for (const text of [/#\d+/, /^in \d+ (h|min|d)$|overdue$/, /^Open$/]) {
      const box = await row.getByText(text).first().boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await page.screenshot({path: path.join(shots, 'today-queue-390.png')});
    await page.context().close();
  });
  it('when every matching touch is selected past the loaded page, then the bulk action reaches all of them', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/?shop=${shop}`);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(50);
    const open = await app.c.models.Touch.countDocuments({shop, status: 'open'});
    expect(open).toBeGreaterThan(50);
    await page.locator('thead th').first().click(); // the page's rows
    await page.getByRole('button', {name: /^Select all 50\+ touches$/}).click();
    await page.getByRole('button', {name: 'Skip…'}).click();
    await page.getByRole('dialog').getByText('Skip every matching touch').waitFor();
    await page.getByLabel('Why are these skipped?').selectOption('other');
    await page.getByRole('dialog').getByRole('button', {name: 'Skip'}).click();
    await page.getByRole('status').getByText(`${open} touches skipped`).waitFor();
    // Every open touch was reached, the 50 loaded and the rest.
    expect(await app.c.models.Touch.countDocuments({shop, status: 'open'})).toBe(0);
    await page.context().close();
  });
});
