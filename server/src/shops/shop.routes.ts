import {Router} from 'express';
import type {ShopInfo} from './shop-info';

/**
 * GET /api/shop — the shop as Shopify has it: `{ shop: { domain, name, currency, timezone } }`,
 * so the panel writes amounts in the shop's currency and offers its time zone first.
 */
export function shopRouter({shopInfo}: {shopInfo: {info: (shop: string) => Promise<ShopInfo>}}) {
  const router = Router();
  router.get('/api/shop', async (_req, res) => {
    const shop = res.locals.shop as string;
    res.json({shop: {domain: shop, ...(await shopInfo.info(shop))}});
  });
  return router;
}
