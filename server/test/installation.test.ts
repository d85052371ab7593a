import {apiGet, sendWebhook, sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'new-merchant.myshopify.com';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const tokensIssued = () => app.shopify.state.shops.get(shop)?.accessTokens.size ?? 0;

describe('installation by token exchange', () => {
  it('when a shop opens the app for the first time, then token exchange stores an offline session and creates its defaults', async () => {
    const res = await apiGet(app.url, '/api/touches', sessionToken(app.config, shop));
    expect(res.status).toBe(200);
    expect(tokensIssued()).toBe(1);
    const sessions = await app.c.shopify.sessionStorage.findSessionsByShop(shop);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({isOnline: false, shop});
    expect(app.shopify.state.shops.get(shop)!.accessTokens.has(sessions[0]!.accessToken!)).toBe(
      true,
    );
    expect(await app.c.models.Rule.countDocuments({shop})).toBe(4);
  });

  it('when the shop calls again, then no second exchange happens', async () => {
    await apiGet(app.url, '/api/touches', sessionToken(app.config, shop));
    expect(tokensIssued()).toBe(1);
  });

  it("when the app's own Admin API client is used, then the library's requests reach the stand-in and validate", async () => {
    const [session] = await app.c.shopify.sessionStorage.findSessionsByShop(shop);
    const client = new app.c.shopify.api.clients.Graphql({session: session!});
    const res = await client.request(
      'query ShopInfo { shop { name myshopifyDomain ianaTimezone } }',
    );
    expect(res.data).toEqual({
      shop: {name: 'New Merchant', myshopifyDomain: shop, ianaTimezone: 'Europe/London'},
    });
  });

  it('when the app is uninstalled and opened again, then the session is gone and a fresh exchange reinstalls it', async () => {
    await sendWebhook(app.url, app.config, {topic: 'app/uninstalled', shop, body: {domain: shop}});
    expect(await app.c.shopify.sessionStorage.findSessionsByShop(shop)).toHaveLength(0);
    expect((await app.c.shops.getShop(shop))?.uninstalledAt).toBeInstanceOf(Date);
    const res = await apiGet(app.url, '/api/touches', sessionToken(app.config, shop));
    expect(res.status).toBe(200);
    expect(tokensIssued()).toBe(2);
    expect((await app.c.shops.getShop(shop))?.uninstalledAt).toBeNull();
  });

  it('when Shopify cannot answer the token exchange, then /api answers 503 and stores no session', async () => {
    const other = 'refused.myshopify.com';
    const token = sessionToken(app.config, other);
    const original = app.shopify.state.shop;
    app.shopify.state.shop = () => {
      throw new Error('shop closed');
    };
    const res = await apiGet(app.url, '/api/touches', token);
    app.shopify.state.shop = original;
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('unavailable');
    expect(await app.c.shopify.sessionStorage.findSessionsByShop(other)).toHaveLength(0);
  });
});
