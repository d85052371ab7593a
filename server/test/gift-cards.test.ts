import {createSecretBox} from '../src/gifts';
import {codeContext} from '../src/gifts/issue';
import {localDay} from '../src/counting/local-day';
import {inParallel} from './support/parallel';
import type {TouchDoc} from '../src/touches/touch.model';
import type {TouchKind} from '../src/cadence/types';
import {giftCardCreate} from '../../local-shopify/src/gift-cards';
import {api, injectFault, issuedInShopify, shopWithOrders} from './support/shop-flow';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'gift-shop.myshopify.com';
const budgetShop = 'gift-budget.myshopify.com';
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await shopWithOrders(app, shop, 100);
  await shopWithOrders(app, budgetShop, 200);
}, 180_000);
afterAll(() => app.close());

const openTouches = async (s: string, kind: TouchKind) =>
  (await app.c.models.Touch.find({shop: s, kind, status: 'open'}).lean<TouchDoc[]>()).sort(
    (a, b) => a.sequence! - b.sequence!,
  );
const issue = (s: string, id: string, body: object = {}) =>
  api(app, s, 'POST', `/api/touches/${id}/gift-card`, body);

/** A claim an earlier request left unfinished (budget reserved, `code` sealed) whose card Shopify did make. */
async function claimLeftWithCardInShopify(touch: TouchDoc, code: string, claimedAt: Date) {
  const id = String(touch._id);
  await app.c.models.GiftCard.create({
    _id: id,
    shop,
    state: 'issuing',
    sealedCode: createSecretBox(app.config.ENCRYPTION_KEY).seal(code, codeContext(shop, id)),
    lastCharacters: code.slice(-4),
    amount: '10.00',
    currency: 'GBP',
    expiresOn: null,
    customerGid: touch.customerGid,
    giftCardGid: null,
    budgetDay: localDay(new Date(), 'UTC'),
    budgetReserved: true,
    attempts: 1,
    claimedAt,
    issuedAt: null,
    issuedBy: null,
    codeDroppedAt: null,
  });
  giftCardCreate(app.shopify.state.shops.get(shop)!, {
    code,
    initialAmount: {amount: '10.00', currencyCode: 'GBP'},
    note: `Human Touch (touch ${id})`,
  });
}

describe('issuing a gift card from a touch', () => {
  it('when the 50th order’s touch issues its card, then Shopify gets the amount and a note (no customer: docs/PRIVACY.md), the code is shown once and stored only sealed', async () => {
    const [touch] = await openTouches(shop, 'personal_email');
    const id = String(touch!._id);
    const res = await issue(shop, id);
    expect([res.status, res.body.error]).toEqual([201, undefined]);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const {code, giftCard} = res.body;
    expect(code).toMatch(/^[A-Z2-9]{16}$/);
    expect(giftCard).toMatchObject({
      amount: '10.00',
      currency: 'GBP',
      expiresOn: null,
      lastCharacters: code.slice(-4),
      codeKept: true,
    });

    const [card] = (await issuedInShopify(app, shop)).filter((g) => g.code === code);
    expect(card).toMatchObject({
      initialValue: '10.00',
      currencyCode: 'GBP',
      // Not linked in Shopify (that needs write_customers): the touch knows its customer.
      customerId: null,
      expiresOn: null,
    });
    expect(card!.note).toContain(touch!.orderName);
    expect(card!.id).toBe(giftCard.id);

    // The raw document: no plaintext code anywhere, and the sealed one opens only with the key and this touch.
    const raw = await app.c.conn.db!.collection('gift_cards').findOne({_id: id as never});
    expect(JSON.stringify(raw)).not.toContain(code);
    expect(JSON.stringify(raw)).not.toContain(code.slice(0, 8));
    expect(
      createSecretBox(app.config.ENCRYPTION_KEY).open(
        String(raw!.sealedCode),
        codeContext(shop, id),
      ),
    ).toBe(code);
    expect(() =>
      createSecretBox(app.config.ENCRYPTION_KEY).open(
        String(raw!.sealedCode),
        codeContext(shop, 'another'),
      ),
    ).toThrow();

    // Afterwards the API shows the card, never the code; the logs never had it.
    const detail = await api(app, shop, 'GET', `/api/touches/${id}`);
    expect(detail.body.giftCard).toMatchObject({
      id: giftCard.id,
      lastCharacters: code.slice(-4),
      amount: '10.00',
    });
    expect(JSON.stringify(detail.body)).not.toContain(code);
    expect(app.logs.join('')).not.toContain(code);
  });

  it('when the button is pressed twice, at once or later, then one card exists and the second press is told so', async () => {
    const [, touch] = await openTouches(shop, 'team_photo');
    const id = String(touch!._id);
    const before = (await issuedInShopify(app, shop)).length;
    const both = await Promise.all([issue(shop, id), issue(shop, id)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)!.body.error.code).toMatch(
      /^gift_card_(pending|exists)$/,
    );
    const again = await issue(shop, id);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'gift_card_exists',
      giftCard: {lastCharacters: both.find((r) => r.status === 201)!.body.giftCard.lastCharacters},
    });
    expect(JSON.stringify(again.body)).not.toContain(both.find((r) => r.status === 201)!.body.code);
    expect((await issuedInShopify(app, shop)).length).toBe(before + 1);
  });

  it('when settings give an expiry and the request an amount, then Shopify gets both', async () => {
    expect((await api(app, shop, 'PATCH', '/api/settings', {giftExpiryDays: 365})).status).toBe(
      200,
    );
    const [, , touch] = await openTouches(shop, 'team_photo');
    const res = await issue(shop, String(touch!._id), {amount: 12.5});
    expect(res.status).toBe(201);
    const expected = localDay(new Date(Date.now() + 365 * 86_400_000), 'UTC');
    expect(res.body.giftCard).toMatchObject({amount: '12.50', expiresOn: expected});
    expect((await issuedInShopify(app, shop)).find((g) => g.code === res.body.code)).toMatchObject({
      initialValue: '12.50',
      expiresOn: expected,
    });
    await api(app, shop, 'PATCH', '/api/settings', {giftExpiryDays: null});
  });

  it('when the input is bad or the touch is not the shop’s, then a 4xx and nothing is issued', async () => {
    const [, , , touch] = await openTouches(shop, 'team_photo');
    const before = (await issuedInShopify(app, shop)).length;
    for (const body of [
      {amount: -1},
      {amount: '10'},
      {amount: 0.001},
      {amount: 10, extra: true},
      {amount: {$gt: 0}},
    ]) {
      const res = await issue(shop, String(touch!._id), body);
      expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
    }
    expect((await issue(budgetShop, String(touch!._id))).status).toBe(404);
    expect((await issue(shop, 'not-an-id')).status).toBe(404);
    expect((await issuedInShopify(app, shop)).length).toBe(before);
    expect(await app.c.models.GiftCard.findById(String(touch!._id)).lean()).toBeNull();
  });

  it('when Shopify answers with userErrors, then the writer reads Shopify’s message, the budget is given back and a new press can succeed', async () => {
    const [, , , , touch] = await openTouches(shop, 'team_photo');
    const shopState = app.shopify.state.shops.get(shop)!;
    shopState.currencyCode = 'EUR'; // the merchant changed the store's currency since the app last looked
    const spentBefore = await app.c.giftBudget.spent(shop, localDay(new Date(), 'UTC'));
    const res = await issue(shop, String(touch!._id));
    shopState.currencyCode = 'GBP';
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'shopify_user_error',
      userErrors: [{code: 'INVALID', field: ['input', 'initialAmount', 'currencyCode']}],
    });
    expect(res.body.error.message).toContain("Currency must be the shop's currency");
    expect(await app.c.giftBudget.spent(shop, localDay(new Date(), 'UTC'))).toBe(spentBefore);
    expect((await issue(shop, String(touch!._id))).status).toBe(201);
  });

  it('when Shopify throttles, then nothing is issued, the answer is 503 with Retry-After, and the next press works', async () => {
    const [, , , , , touch] = await openTouches(shop, 'team_photo');
    const before = (await issuedInShopify(app, shop)).length;
    await injectFault(app, {operationName: 'GiftCardCreate', throttled: true, times: 3});
    const res = await issue(shop, String(touch!._id));
    expect([res.status, res.body.error.code]).toEqual([503, 'shopify_throttled']);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await issuedInShopify(app, shop)).length).toBe(before);
    expect(await app.c.models.GiftCard.findById(String(touch!._id)).lean()).toBeNull();
    expect((await issue(shop, String(touch!._id))).status).toBe(201);
  });

  it('when Shopify issues the card but its answer is lost (5xx), then the retry with the same code finds that card: one card, no double spend', async () => {
    const [, , , , , , touch] = await openTouches(shop, 'team_photo');
    const before = (await issuedInShopify(app, shop)).length;
    await injectFault(app, {
      operationName: 'GiftCardCreate',
      status: 503,
      times: 1,
      afterExecute: true,
    });
    const res = await issue(shop, String(touch!._id));
    expect(res.status).toBe(201);
    const cards = await issuedInShopify(app, shop);
    expect(cards.length).toBe(before + 1);
    expect(cards.at(-1)!.code).toBe(res.body.code);
    expect(res.body.giftCard.id).toBe(cards.at(-1)!.id);
  });

  it('when Shopify issues the card, its answer is lost (5xx) and every retry is throttled, then nothing is rolled back: the next press finishes that card, no second one', async () => {
    const [, , touch] = await openTouches(shop, 'handwritten_card');
    const id = String(touch!._id);
    const before = (await issuedInShopify(app, shop)).length;
    await injectFault(app, {
      operationName: 'GiftCardCreate',
      status: 502,
      times: 1,
      afterExecute: true,
    });
    await injectFault(app, {operationName: 'GiftCardCreate', throttled: true, times: 3});
    const first = await issue(shop, id);
    // A THROTTLED retry says nothing about the first attempt, which did issue the card.
    expect([first.status, first.body.error.code]).toEqual([503, 'shopify_throttled']);
    expect(first.body.error.message).toMatch(/press again .* never be issued twice/);
    expect((await issuedInShopify(app, shop)).length).toBe(before + 1);
    expect(await app.c.models.GiftCard.findById(id).lean()).toMatchObject({
      state: 'issuing',
      budgetReserved: true,
    });
    const second = await issue(shop, id);
    expect(second.status).toBe(201);
    const cards = await issuedInShopify(app, shop);
    expect(cards.length).toBe(before + 1);
    expect(second.body.giftCard.id).toBe(cards.at(-1)!.id);
  });

  it('when a request died after Shopify issued the card, then the next press completes it with the same code instead of issuing another', async () => {
    const [, , , , , , , touch] = await openTouches(shop, 'team_photo');
    const id = String(touch!._id);
    const code = 'DEADPROC3SS2WXYZ';
    // What the dead request left: its claim (budget reserved) and, on Shopify's side, the card.
    await claimLeftWithCardInShopify(touch!, code, new Date(Date.now() - 60_000));
    const before = (await issuedInShopify(app, shop)).length;
    const spent = await app.c.giftBudget.spent(shop, localDay(new Date(), 'UTC'));
    const res = await issue(shop, id);
    expect(res.status).toBe(201);
    expect(res.body.code).toBe(code);
    expect((await issuedInShopify(app, shop)).length).toBe(before);
    expect(await app.c.giftBudget.spent(shop, localDay(new Date(), 'UTC'))).toBe(spent);
  });

  it('when a press resumes a claim left in doubt and Shopify only throttles it, then the claim and its code are kept: the press after that finds the card, no second one', async () => {
    const [, , , touch] = await openTouches(shop, 'handwritten_card');
    const id = String(touch!._id);
    const code = 'DOUBTFUL2CARD3XY';
    // An earlier press ended in doubt (its 5xx answers used up the retries) after Shopify had made the card.
    await claimLeftWithCardInShopify(touch!, code, new Date(0));
    const before = (await issuedInShopify(app, shop)).length;
    await injectFault(app, {operationName: 'GiftCardCreate', throttled: true, times: 3});
    const throttled = await issue(shop, id);
    expect([throttled.status, throttled.body.error.code]).toEqual([503, 'shopify_throttled']);
    expect(throttled.body.error.message).toMatch(/never be issued twice/);
    expect(await app.c.models.GiftCard.findById(id).lean()).toMatchObject({
      state: 'issuing',
      budgetReserved: true,
      attempts: 2,
    });
    const res = await issue(shop, id);
    expect([res.status, res.body.code]).toEqual([201, code]);
    expect((await issuedInShopify(app, shop)).length).toBe(before);
  });

  it('when the touch is marked done, then only the last characters of the code are kept', async () => {
    const [touch] = await openTouches(shop, 'personal_email');
    const id = String(touch!._id);
    expect((await app.c.models.GiftCard.findById(id).lean())!.sealedCode).not.toBeNull();
    expect((await api(app, shop, 'PATCH', `/api/touches/${id}`, {status: 'done'})).status).toBe(
      200,
    );
    const card = (await app.c.models.GiftCard.findById(id).lean())!;
    expect(card).toMatchObject({
      sealedCode: null,
      lastCharacters: expect.stringMatching(/^[A-Z2-9]{4}$/),
    });
    expect((await api(app, shop, 'GET', `/api/touches/${id}`)).body.giftCard.codeKept).toBe(false);
  });

  it('when a bulk action finished touches, then the hourly sweep drops their codes', async () => {
    const [, , touch] = await openTouches(shop, 'team_photo');
    const id = String(touch!._id);
    expect(
      (await api(app, shop, 'POST', '/api/touches/bulk', {ids: [id], action: 'pack'})).status,
    ).toBe(200);
    expect((await app.c.models.GiftCard.findById(id).lean())!.sealedCode).not.toBeNull();
    expect(await app.c.giftCodes.sweep()).toBeGreaterThanOrEqual(1);
    expect((await app.c.models.GiftCard.findById(id).lean())!.sealedCode).toBeNull();
  });
});

describe('the daily gift budget', () => {
  it('when 20 cards are issued at once against a $50 budget, then exactly five are issued and the rest are refused clearly', async () => {
    expect(
      (await api(app, budgetShop, 'PATCH', '/api/settings', {giftDailyBudget: 50})).status,
    ).toBe(200);
    const touches = (await openTouches(budgetShop, 'team_photo')).slice(0, 20);
    expect(touches).toHaveLength(20);
    const results = await inParallel(
      touches.map((t) => () => issue(budgetShop, String(t._id))),
      20,
    );
    const ok = results.filter((r) => r.status === 201);
    expect(ok).toHaveLength(5);
    const refused = results.filter((r) => r.status !== 201);
    expect(
      refused.every((r) => r.status === 422 && r.body.error.code === 'gift_budget_exceeded'),
    ).toBe(true);
    expect(refused[0]!.body.error.message).toMatch(/50\.00 GBP/);
    expect(await issuedInShopify(app, budgetShop)).toHaveLength(5);
    expect(await app.c.giftBudget.spent(budgetShop, localDay(new Date(), 'UTC'))).toBe(5000);
    expect(await app.c.models.GiftCard.countDocuments({shop: budgetShop})).toBe(5);
  });

  it('when one card alone is more than the daily budget, then it is refused before Shopify is asked', async () => {
    const [touch] = await openTouches(budgetShop, 'handwritten_card');
    const res = await issue(budgetShop, String(touch!._id), {amount: 80});
    expect([res.status, res.body.error.code]).toEqual([422, 'gift_budget_exceeded']);
    expect(await issuedInShopify(app, budgetShop)).toHaveLength(5);
  });
});
