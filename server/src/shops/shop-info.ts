import {SHOP_INFO, type AdminApi} from '../admin-api';

const TTL_MS = 10 * 60_000;

/** The shop's name and currency from Shopify, cached per process for ten minutes. */
export function createShopInfo(adminApi: AdminApi) {
  const cache = new Map<string, {at: number; name: string; currency: string}>();
  async function get(shop: string) {
    const hit = cache.get(shop);
    if (hit && Date.now() - hit.at < TTL_MS) return hit;
    const info = (await adminApi.request(shop, SHOP_INFO)).shop;
    const entry = {at: Date.now(), name: info.name, currency: info.currencyCode as string};
    cache.set(shop, entry);
    return entry;
  }
  return {
    name: async (shop: string) => (await get(shop)).name,
    currency: async (shop: string) => (await get(shop)).currency,
  };
}
