import {useEffect, useState} from 'react';
import {apiGet} from '../api/client';

/** The shop as Shopify has it (GET /api/shop). */
export interface ShopInfo {
  domain: string;
  name: string;
  /** ISO 4217 code, e.g. GBP: every amount in the panel is in it. */
  currency: string;
  /** IANA time zone of the shop in Shopify, e.g. Europe/London. */
  timezone: string;
}

// One answer per page load: the shop's currency doesn't change while the panel is open.
let pending: Promise<ShopInfo> | null = null;

/** The shop's name, currency and time zone; null until known (or when they could not be read). */
export function useShop(): ShopInfo | null {
  const [shop, setShop] = useState<ShopInfo | null>(null);
  useEffect(() => {
    let live = true;
    pending ??= apiGet<{shop: ShopInfo}>('/api/shop').then((r) => r.shop);
    pending.then(
      (s) => live && setShop(s),
      () => {
        pending = null; // the next page asks again
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return shop;
}
