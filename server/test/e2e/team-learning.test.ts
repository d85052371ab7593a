import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';
import {bigOrderId} from '../support/orders';
import {MUG, questionsAsked, teamWithOutcomes} from '../support/team-flow';
import {startTestApp, type TestApp} from '../support/test-app';
import {launchChromium} from './browser';

// The team learns from its touches (issue 22): who came back after whose touch, and the
// questions customers keep asking, as the merchant sees them in Chromium at 1280 and 390 px.
const shop = 'team-learning.myshopify.com';
const shots = path.resolve(__dirname, '../../../test-results');
let app: TestApp;
let browser: Browser;

async function pageAt(width: number): Promise<Page> {
  return (await browser.newContext({viewport: {width, height: 900}})).newPage();
}
/** The card a heading opens (Polaris draws a card as a ShadowBevel; it has no class of its own). */
const cardOf = (page: Page, heading: string) =>
  page
    .getByRole('heading', {name: heading})
    .locator('xpath=ancestor::div[contains(@class, "Polaris-ShadowBevel")][1]');
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
  await teamWithOutcomes(app, shop);
  await questionsAsked(app, shop);
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await app.close();
});

describe('what the team learns from its touches, in a real browser', () => {
  it('when a customer Ana touched came back, then the Team page says so under her name, with the caveat', async () => {
    for (const width of [1280, 390]) {
      const page = await pageAt(width);
      await page.goto(`${app.url}/?shop=${shop}&page=team`);
      const card = cardOf(page, 'What your touches did');
      await card.getByText(/^Ana Lima: \d+ carried out, 1 came back$/).waitFor();
      await expect(card.textContent()).resolves.toMatch(
        /Team photo for #\d+ \(Ada Customer110\): ordered again 0 days later \(#\d+\)/,
      );
      await expect(card.textContent()).resolves.toContain('is not proof');
      expect(await card.getByText(/^Bo Chen/).count()).toBe(0); // nothing carried out, no row
      await page.screenshot({path: path.join(shots, `team-outcomes-${width}.png`), fullPage: true});
      if (width === 1280) await expectAccessible(page);
      await page.context().close();
    }
  });

  it('when two customers asked the same about the mug, then Insights shows one group asked twice, the mug linked in Shopify admin', async () => {
    for (const width of [1280, 390]) {
      const page = await pageAt(width);
      await page.goto(`${app.url}/?shop=${shop}&page=insights`);
      const card = cardOf(page, 'Questions your pages should answer');
      await card.getByText('4 questions in the last 30 days; 1 asked more than once.').waitFor();
      const first = card.getByText('Asked 2×');
      await first.waitFor();
      await card.getByText('“Is the mug dishwasher safe?”').waitFor();
      const product = card.getByRole('link', {name: 'Stoneware mug #1'}).first(); // asked twice, first
      expect(await product.getAttribute('href')).toBe(`shopify://admin/products/${MUG.id}`);
      const order = card.getByRole('link', {name: `#${1000 + Number(bigOrderId(41) % 100000n)}`});
      expect(await order.getAttribute('href')).toBe(`shopify://admin/orders/${bigOrderId(41)}`);
      await card.getByRole('button', {name: '90 days'}).click();
      await card.getByText('4 questions in the last 90 days; 1 asked more than once.').waitFor();
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({path: path.join(shots, `questions-${width}.png`), fullPage: true});
      await page.context().close();
    }
  });

  it('when the touch page of the touch the customer came back after is opened, then it says what followed', async () => {
    const touch = await app.c.models.Touch.findOne({
      shop,
      orderGid: `gid://shopify/Order/${bigOrderId(10)}`,
      status: 'done',
    }).lean();
    const page = await pageAt(1280);
    await page.goto(`${app.url}/?shop=${shop}&touch=${touch!._id}`);
    await page.getByRole('heading', {name: 'What followed'}).waitFor();
    await page
      .getByText(/^The customer ordered again 0 days after this touch \(#\d+\)\.$/)
      .waitFor();
    await page.screenshot({path: path.join(shots, 'touch-follow-up-1280.png'), fullPage: true});
    await page.context().close();
  });
});
