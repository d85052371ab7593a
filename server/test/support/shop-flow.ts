import {apiGet, sessionToken} from './sign';
import type {TestApp} from './test-app';

/** A JSON call to the app's API as the shop's user. */
export async function api(
  app: TestApp,
  shop: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop)}`,
      ...(body !== undefined ? {'content-type': 'application/json'} : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json().catch(() => null)) as any,
  };
}

/** The merchant opens the app (token exchange installs it), then `count` orders from new, consenting customers arrive. */
export async function shopWithOrders(app: TestApp, shop: string, count: number) {
  expect((await apiGet(app.url, '/api/touches', sessionToken(app.config, shop))).status).toBe(200);
  const local = app.config.SHOPIFY_LOCAL_ORIGIN!;
  const res = await fetch(`${local}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({count, newCustomers: true, seed: 7}),
  });
  expect(res.status).toBe(201);
  await app.shopify.sender.settled();
  await app.settle();
}

/** The stand-in's side: what giftCardCreate really issued (codes included). */
export async function issuedInShopify(app: TestApp, shop: string) {
  const res = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/gift-cards`);
  return (
    (await res.json()) as {
      giftCards: {
        id: string;
        code: string;
        initialValue: string;
        currencyCode: string;
        customerId: string | null;
        expiresOn: string | null;
        note: string | null;
      }[];
    }
  ).giftCards;
}

export async function injectFault(app: TestApp, fault: Record<string, unknown>) {
  const res = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/faults`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(fault),
  });
  expect(res.status).toBe(201);
}

/** The outcome simulation (scripts/lib/outcome-simulation.ts) against a test app. */
export function simulationTarget(app: TestApp) {
  return {
    shopify: app.config.SHOPIFY_LOCAL_ORIGIN!,
    app: app.url,
    token: async (shop: string) => sessionToken(app.config, shop),
    settled: async () => {
      await app.shopify.sender.settled();
      await app.settle();
    },
  };
}
