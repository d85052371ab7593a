import {SHOP_INFO, type AdminApi} from '../admin-api';

const TTL_MS = 10 * 60_000;

/** What the panel shows of the shop itself: its name, currency code and IANA time zone. */
export interface ShopInfo {
  name: string;
  currency: string;
  timezone: string;
}

/** The shop's name, currency and time zone from Shopify, cached per process for ten minutes. */
export function createShopInfo(adminApi: AdminApi) {
  const cache = new Map<string, {at: number} & ShopInfo>();
  async function get(shop: string) {
    const hit = cache.get(shop);
    if (hit && Date.now() - hit.at < TTL_MS) return hit;
    const info = (await adminApi.request(shop, SHOP_INFO)).shop;
    const entry = {
      at: Date.now(),
      name: info.name,
      currency: info.currencyCode as string,
      timezone: info.ianaTimezone,
    };
    cache.set(shop, entry);
    return entry;
  }
  return {
    info: async (shop: string): Promise<ShopInfo> => {
      const {name, currency, timezone} = await get(shop);
      return {name, currency, timezone};
    },
    name: async (shop: string) => (await get(shop)).name,
    currency: async (shop: string) => (await get(shop)).currency,
  };
}
