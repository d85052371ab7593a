import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';
import {apiGet, sessionToken} from '../support/sign';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

const shop = 'bridge-demo.myshopify.com';
const shots = path.resolve(__dirname, '../../../test-results/screenshots');
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

type Call = {api: string; args: unknown[]};
const calls = (p: Page, api?: string) =>
  p
    .evaluate('window.shopify.__calls')
    .then((all) => (all as Call[]).filter((c) => api === undefined || c.api === api));

/** The panel as Shopify admin opens it: `embedded=1`, `host` and `shop` in the URL. */
const embeddedUrl = (query = '') =>
  `${app.url}/?shop=${shop}&host=${Buffer.from(`${shop}/admin`).toString('base64url')}&embedded=1${query}`;

beforeAll(async () => {
  mkdirSync(shots, {recursive: true});
  app = await startTestApp();
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
  await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({count: 40, newCustomers: true}),
  });
  await app.shopify.sender.settled();
  await app.settle();
  browser = await launchChromium();
  context = await browser.newContext({viewport: {width: 1280, height: 900}});
  page = await context.newPage();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app.close();
});

describe('App Bridge in the embedded panel (against the local stand-in)', () => {
  it('when the panel is embedded, then the admin draws the nav and the title bar and the Polaris tabs are gone', async () => {
    await page.goto(embeddedUrl());
    await page.locator('tbody tr').first().waitFor();
    const nav = page.getByRole('navigation', {name: 'App navigation'});
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual([
      'Print',
      'Rules',
      'Team',
      'Insights',
      'Settings',
      'Privacy',
      'Outbox (local)',
    ]);
    expect(await page.getByRole('tablist').count()).toBe(0);
    expect(await calls(page, 'navMenu')).not.toEqual([]);
    await expect(page.locator('[data-app-bridge="title"]').textContent()).resolves.toBe('Today');
    await page.screenshot({path: path.join(shots, 'embedded-today-1280.png')});

    await nav.getByRole('link', {name: 'Rules'}).click();
    await page.getByRole('heading', {name: 'Rules', exact: true}).waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('rules');
    expect(new URL(page.url()).searchParams.get('embedded')).toBe('1');
    await expect(page.locator('[data-app-bridge="title"]').textContent()).resolves.toBe('Rules');
    expect(await nav.getByRole('link', {name: 'Rules'}).getAttribute('aria-current')).toBe('page');
  });

  it('when a setting is changed, then App Bridge shows its save bar; Save saves and toasts, Discard restores', async () => {
    await page.goto(embeddedUrl('&page=settings'));
    const cap = page.getByLabel("Don't touch a customer again within");
    await cap.waitFor();
    const saveBar = page.getByRole('region', {name: 'Unsaved changes'});
    expect(await saveBar.count()).toBe(0);
    await cap.fill('21');
    await saveBar.waitFor();
    expect((await calls(page, 'saveBar.show')).map((c) => c.args[0])).toContain(
      'settings-save-bar',
    );
    await page.screenshot({path: path.join(shots, 'embedded-settings-save-bar-1280.png')});
    // The admin bar and the save bar as drawn here pass axe with the page.
    const axe = await new AxeBuilder({page}).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help}`),
    ).toEqual([]);
    await saveBar.getByRole('button', {name: 'Save'}).click();
    await saveBar.waitFor({state: 'detached'});
    expect((await app.c.shops.getShop(shop))?.settings.frequencyCapDays).toBe(21);
    expect((await calls(page, 'toast.show')).map((c) => c.args[0])).toContain('Settings saved');
    await page.getByRole('status').getByText('Settings saved').waitFor();
    expect((await calls(page, 'saveBar.hide')).map((c) => c.args[0])).toContain(
      'settings-save-bar',
    );

    await cap.fill('99');
    await saveBar.getByRole('button', {name: 'Discard'}).click();
    await saveBar.waitFor({state: 'detached'});
    await expect(cap.inputValue()).resolves.toBe('21');
    expect((await app.c.shops.getShop(shop))?.settings.frequencyCapDays).toBe(21);
  });

  it('when a rule is edited, then the save bar shows until it is saved or the edit is left', async () => {
    await page.goto(embeddedUrl('&page=rules'));
    await page.getByText('Signed thank-you card').click();
    const saveBar = page.getByRole('region', {name: 'Unsaved changes'});
    const name = page.getByLabel('Name');
    await name.fill('Every 10th order, with a photo');
    await saveBar.waitFor();
    await saveBar.getByRole('button', {name: 'Save'}).click();
    await saveBar.waitFor({state: 'detached'});
    expect((await calls(page, 'toast.show')).map((c) => c.args[0])).toContain('Rule saved');
  });

  it('when an order or a customer is named, then it links into Shopify admin', async () => {
    await page.goto(embeddedUrl());
    const customer = page
      .locator('tbody tr')
      .first()
      .locator('a[href^="shopify://admin/customers/"]');
    const href = await customer.getAttribute('href');
    expect(href).toMatch(/^shopify:\/\/admin\/customers\/\d+$/);
    const [admin] = await Promise.all([context.waitForEvent('page'), customer.click()]);
    await admin.waitForLoadState();
    expect(admin.url()).toContain(`/store/${shop}/admin/customers/${href!.split('/').pop()}`);
    expect(await calls(page, 'adminLink')).toEqual([expect.objectContaining({args: [href]})]);
    await admin.close();
    expect(page.url()).not.toContain('touch='); // the row did not open too

    await page
      .getByRole('button', {name: /^Open the /})
      .first()
      .click();
    const order = page.locator('a[href^="shopify://admin/orders/"]').first();
    await order.waitFor();
    expect(await order.getAttribute('href')).toMatch(/^shopify:\/\/admin\/orders\/\d+$/);
    await expect(page.locator('[data-app-bridge="title"]').textContent()).resolves.toBe('Touch');

    await page.goto(embeddedUrl('&page=print'));
    await page.getByRole('list', {name: 'Orders'}).waitFor();
    expect(
      await page
        .getByRole('list', {name: 'Orders'})
        .locator('a[href^="shopify://admin/orders/"]')
        .count(),
    ).toBeGreaterThan(0);
  });

  it('when the panel is opened outside the admin (local mode), then it shows its own tabs and no admin bar', async () => {
    await page.goto(`${app.url}/?shop=${shop}`);
    await page.getByRole('tablist').waitFor();
    expect(await page.locator('[data-app-bridge="admin-bar"]').count()).toBe(0);
    // The same App Bridge calls still run: the toast and the save bar are App Bridge's.
    await page.getByRole('tab', {name: 'Settings'}).click();
    await page.getByLabel("Don't touch a customer again within").fill('22');
    await page.getByRole('region', {name: 'Unsaved changes'}).waitFor();
  });

  // Every page as merchants see it in the admin, on a laptop and on a phone (looked at by hand).
  it('when every page is opened embedded at 1280 and 390 px, then a screenshot of each is written', async () => {
    const touch = await apiGet(
      app.url,
      '/api/touches?status=open&limit=1',
      sessionToken(app.config, shop),
    );
    const pages: [string, string, (p: Page) => Promise<unknown>][] = [
      ['today', '', (p) => p.getByText(/Team time today/).waitFor()],
      ['print', '&page=print', (p) => p.getByRole('list', {name: 'Orders'}).waitFor()],
      ['touch', `&touch=${touch.body.touches[0].id}`, (p) => p.getByText(/^Order #/).waitFor()],
      ['rules', '&page=rules', (p) => p.getByText('Do your own math').waitFor()],
      ['team', '&page=team', (p) => p.getByRole('heading', {name: 'Team', exact: true}).waitFor()],
      ['insights', '&page=insights', (p) => p.getByText(/Team: touches done/).waitFor()],
      ['settings', '&page=settings', (p) => p.getByLabel('Shop time zone').waitFor()],
    ];
    for (const width of [1280, 390]) {
      const ctx = await browser.newContext({viewport: {width, height: width > 500 ? 900 : 844}});
      const p = await ctx.newPage();
      for (const [name, query, ready] of pages) {
        await p.goto(embeddedUrl(query));
        await ready(p);
        await p.waitForTimeout(300); // charts and fonts settle
        await p.screenshot({path: path.join(shots, `${name}-${width}.png`), fullPage: true});
      }
      await ctx.close();
    }
  }, 120_000);
});
