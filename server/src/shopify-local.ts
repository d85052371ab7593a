import {
  abstractFetch,
  setAbstractFetchFunc,
  type AbstractFetchFunc,
} from '@shopify/shopify-api/runtime';

const SHOP_URL = /^https:\/\/([a-z0-9][a-z0-9-]*\.myshopify\.com)(\/.*)$/;

/**
 * Local mode only: sends the Shopify library's requests for `https://{shop}/...` to the local
 * stand-in at `{origin}/store/{shop}/...`, through the library's own runtime fetch hook, so the
 * same code path (token exchange, GraphQL client, retries) runs against it. Any other URL is
 * refused: in local mode nothing may leave for the real Shopify.
 */
export function routeShopifyToLocal(origin: string): () => void {
  const original: AbstractFetchFunc = abstractFetch;
  setAbstractFetchFunc(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const match = SHOP_URL.exec(url);
    if (!match)
      throw new Error(
        `local mode: refusing a request outside the local Shopify stand-in (${new URL(url).host})`,
      );
    return fetch(`${origin}/store/${match[1]}${match[2]}`, init);
  });
  return () => setAbstractFetchFunc(original);
}
