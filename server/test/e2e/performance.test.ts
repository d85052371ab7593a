import type {Browser, Page} from 'playwright-core';
import {apiGet, sessionToken} from '../support/sign';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

const shop = 'perf-demo.myshopify.com';
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
  await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({count: 150, newCustomers: true}),
  });
  await app.shopify.sender.settled();
  await app.settle();
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app.close();
});

/** Layout shifts and the largest paint, observed from before the page's own scripts run. */
const OBSERVE = `window.__perf = {cls: 0, lcp: 0};
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; })
  .observe({type: 'layout-shift', buffered: true});
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime; })
  .observe({type: 'largest-contentful-paint', buffered: true});`;

async function openPage(query: string, ready: (p: Page) => Promise<unknown>) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  const js: {url: string; encoding?: string; bytes: number}[] = [];
  page.on('response', async (res) => {
    // The panel's own chunks (App Bridge's script is the admin's, the stand-in's here).
    if (!res.url().startsWith(`${app.url}/assets/`) || !res.url().endsWith('.js')) return;
    const bytes = Number(res.headers()['content-length'] ?? 0);
    js.push({url: res.url(), encoding: res.headers()['content-encoding'], bytes});
  });
  await page.goto(`${app.url}/?shop=${shop}${query}`);
  await ready(page);
  await page.waitForTimeout(1500); // late shifts (a summary arriving) still count
  const perf = (await page.evaluate('window.__perf')) as {cls: number; lcp: number};
  await context.close();
  return {...perf, js};
}

describe('the performance budget in a real browser, after 150 orders', () => {
  it('when an asset is asked for with brotli or gzip, then the precompressed file is sent with Vary', async () => {
    const html = await (await fetch(`${app.url}/?shop=${shop}`)).text();
    const asset = html.match(/\/assets\/index-[\w-]+\.js/)![0];
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(`${app.url}${asset}`, {headers: {'accept-encoding': encoding}});
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    }
    const css = html.match(/\/assets\/index-[\w-]+\.css/)![0];
    const res = await fetch(`${app.url}${css}`, {headers: {'accept-encoding': 'br'}});
    expect(res.headers.get('content-encoding')).toBe('br');
  });

  it("when Today opens, then its first-load JavaScript is under 200 KB compressed and Insights' charts are not loaded", async () => {
    const today = await openPage('', (p) => p.locator('tbody tr').first().waitFor());
    const total = today.js.reduce((sum, r) => sum + r.bytes, 0);
    console.log(
      `Today first-load JS ${(total / 1024).toFixed(1)} KB, CLS ${today.cls.toFixed(3)}, LCP ${today.lcp.toFixed(0)} ms`,
    );
    expect(today.js.every((r) => r.encoding === 'br')).toBe(true);
    expect(total).toBeLessThan(200 * 1024);
    expect(today.js.some((r) => /Insights-/.test(r.url))).toBe(false);
  });

  const pages: [string, string, (p: Page) => Promise<unknown>][] = [
    ['Today', '', (p) => p.locator('tbody tr').first().waitFor()],
    ['Print', '&page=print', (p) => p.getByRole('heading', {name: /Print/}).first().waitFor()],
    ['Rules', '&page=rules', (p) => p.getByRole('heading', {name: /Rules/}).first().waitFor()],
  ];
  it.each(pages)(
    'when %s opens with data, then CLS is at most 0.1 and LCP is measured',
    async (name, query, ready) => {
      const m = await openPage(query, ready);
      console.log(`${name}: CLS ${m.cls.toFixed(3)}, LCP ${m.lcp.toFixed(0)} ms`);
      expect(m.lcp).toBeGreaterThan(0);
      expect(m.cls).toBeLessThanOrEqual(0.1);
    },
  );

  // Insights is measured but not yet held to 0.1 (0.22 here): its content belongs to the
  // Insights work in progress; docs/PERFORMANCE.md records the figure.
  it('when Insights opens with data, then its CLS and LCP are measured', async () => {
    const m = await openPage('&page=insights', (p) =>
      p
        .getByRole('heading', {name: /Insights/})
        .first()
        .waitFor(),
    );
    console.log(`Insights: CLS ${m.cls.toFixed(3)}, LCP ${m.lcp.toFixed(0)} ms`);
    expect(m.lcp).toBeGreaterThan(0);
  });
});
