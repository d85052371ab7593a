import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';
import {simulateOutcomes} from '../../../scripts/lib/outcome-simulation';
import {simulationTarget} from '../support/shop-flow';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

// The outcome simulation through the local Shopify (2,000 orders, touched customers come back
// more by construction), then the Insights page in Chromium as the merchant sees it.
const shop = 'insights-demo.myshopify.com';
const shots = path.resolve(__dirname, '../../../test-results');
let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, {recursive: true});
  app = await startTestApp({}, {newShopSettings: {holdoutPercent: 50}});
  await simulateOutcomes(simulationTarget(app), {
    shop,
    firstOrders: 1600,
    returnIfTouched: 0.5,
    returnOtherwise: 0.2,
    seed: 11,
  });
  browser = await launchChromium();
  page = await (
    await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true})
  ).newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await app.close();
});

describe('the Insights page in a real browser', () => {
  it('when touched customers come back more, then the page leads with the pooled verdict and its detectable lift, then the numbers and charts', async () => {
    await page.goto(`${app.url}/?shop=${shop}&page=insights`);
    await page.getByText('The touches are working').waitFor();
    const banner = page.locator('.Polaris-Banner').first();
    await expect(banner.textContent()).resolves.toMatch(
      /^The touches are working.*Customers picked for a touch came back more often than those not picked: \d+% vs \d+% within 60 days/,
    );
    await expect(banner.textContent()).resolves.toMatch(
      /With about \d+ picked customers a month, a lift in repeat purchase under \d+% can't be told from noise yet/,
    );
    await expect(banner.textContent()).resolves.toMatch(
      /\d+ customers picked for a touch; 0 carried out/,
    );
    await expect(banner.textContent()).resolves.toContain('The holdout agrees');
    await page
      .getByText(
        /^Holdout comparison: Touched customers came back more often: \d+% vs \d+% within 60 days/,
      )
      .first()
      .waitFor();
    const touched = page.getByRole('row', {name: /^Touched/});
    await expect(touched.textContent()).resolves.toMatch(/\d+% \(\d+%–\d+%\)/);
    // polaris-viz drew the bars (SVG) for the comparison and the kinds (nobody on the team yet).
    await page.locator('figure svg').first().waitFor();
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({path: path.join(shots, 'panel-insights.png'), fullPage: true});
  });

  it('when the 180-day window is picked, then the page says it is too early (history is 100 days)', async () => {
    await page.getByRole('button', {name: '180 days after the touch'}).click();
    await page.getByText('Too early to tell').waitFor();
  });

  it('when the 90-day window is picked, then the page shows 90 days', async () => {
    await page.getByRole('button', {name: '90 days after the touch'}).click();
    await page
      .getByText(/within 90 days/)
      .first()
      .waitFor();
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

  it('when the CSV is exported, then the browser saves a file with a row per touch', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', {name: 'Export CSV'}).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^human-touch-touches-insights-demo-\d{4}-\d\d-\d\d\.csv$/,
    );
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.trim().split('\n').length - 1).toBe(
      await app.c.models.Touch.countDocuments({shop}),
    );
    await page.getByText(/^Saved human-touch-touches/).waitFor();
  });

  it('when the screen is narrow, then the page still reads top to bottom', async () => {
    await page.setViewportSize({width: 420, height: 900});
    await page.goto(`${app.url}/?shop=${shop}&page=insights`);
    await page.getByText('The touches are working').waitFor();
    await page.screenshot({path: path.join(shots, 'panel-insights-narrow.png'), fullPage: true});
  });
});
