import {SHOP_INFO} from '../src/admin-api';
import {apiGet, sessionToken} from './support/sign';
import {inParallel} from './support/parallel';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'expiring.myshopify.com';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
});
afterAll(() => app.close());

/**
 * The stored token gets 30 s left, inside the app's 60 s refresh margin. (The refreshed one gets the
 * stand-in's full hour, so however slow the machine, no second refresh falls due.)
 */
async function dueForRefresh(shop: string) {
  const [session] = await app.c.shopify.sessionStorage.findSessionsByShop(shop);
  session!.expires = new Date(Date.now() + 30_000);
  await app.c.shopify.sessionStorage.storeSession(session!);
  return session;
}

describe('expiring offline tokens in background work', () => {
  it('when the token is about to expire, then concurrent Admin calls refresh it exactly once and all succeed', async () => {
    const before = await dueForRefresh(shop);
    const results = await inParallel(
      Array.from({length: 5}, () => () => app.c.adminApi.request(shop, SHOP_INFO)),
      5,
    );
    expect(results.map((r) => r.shop.myshopifyDomain)).toEqual(Array(5).fill(shop));
    expect(app.shopify.tokenStats).toEqual({exchanges: 1, refreshes: 1});
    const [after] = await app.c.shopify.sessionStorage.findSessionsByShop(shop);
    expect(after!.accessToken).not.toBe(before!.accessToken);
    expect(after!.refreshToken).not.toBe(before!.refreshToken);
  });

  it('when the shop uninstalled (no session), then background Admin calls fail as not installed', async () => {
    await expect(app.c.adminApi.request('unknown.myshopify.com', SHOP_INFO)).rejects.toMatchObject({
      code: 'not_installed',
    });
  });
});

describe('a refresh token Shopify no longer accepts', () => {
  const refused = 'refused-refresh.myshopify.com';

  it('when the refresh is refused, then the session is dropped and background work reports not installed, without retrying', async () => {
    expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, refused))).status).toBe(
      200,
    );
    app.shopify.state.shop(refused).refreshTokens.clear();
    await dueForRefresh(refused);
    await expect(app.c.adminApi.request(refused, SHOP_INFO)).rejects.toMatchObject({
      code: 'not_installed',
    });
    expect(await app.c.shopify.sessionStorage.findSessionsByShop(refused)).toEqual([]);
  });
});

describe('a token Shopify no longer accepts', () => {
  const revoked = 'revoked.myshopify.com';

  it('when Shopify answers 401, then the session is dropped, reconciliation stops retrying, and the next panel visit installs afresh', async () => {
    expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, revoked))).status).toBe(
      200,
    );
    app.shopify.state.shop(revoked).accessTokens.clear(); // Shopify revoked it (or forgot it, like a restarted stand-in)

    await expect(app.c.adminApi.request(revoked, SHOP_INFO)).rejects.toMatchObject({
      code: 'not_installed',
    });
    expect(await app.c.shopify.sessionStorage.findSessionsByShop(revoked)).toEqual([]);

    await app.c.jobs.enqueue({
      type: 'reconcile.shop',
      shop: revoked,
      payload: null,
      uniqueKey: `reconcile:${revoked}:test`,
    });
    await app.settle();
    const job = await app.c.models.Job.findOne({shop: revoked, type: 'reconcile.shop'}).lean();
    expect(job).toMatchObject({status: 'done', attempts: 1});

    expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, revoked))).status).toBe(
      200,
    );
    expect((await app.c.adminApi.request(revoked, SHOP_INFO)).shop.myshopifyDomain).toBe(revoked);
  });
});
