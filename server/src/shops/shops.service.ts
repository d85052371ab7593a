import type { Models } from '../db/models';
import { upsertOne } from '../db/upsert';
import { DEFAULT_CADENCE_SETTINGS, DEFAULT_RULES } from '../cadence';
import type { ShopDoc, ShopSettings } from './shop.model';

export const DEFAULT_SHOP_SETTINGS: ShopSettings = { ...DEFAULT_CADENCE_SETTINGS, timezone: 'UTC' };

type Deps = { models: Pick<Models, 'Shop' | 'Rule' | 'ShopCounter' | 'CadenceState'> };

/** Shop lifecycle: first sight creates defaults; uninstall marks; redaction forgets. */
export function createShopsService({ models }: Deps) {
  const { Shop, Rule, ShopCounter, CadenceState } = models;
  // Per app instance: shops whose defaults this process has already ensured.
  const known = new Set<string>();

  /** Creates the shop, its counters and its default rules the first time it is seen (idempotent); returns its settings. */
  async function ensureShop(shop: string): Promise<ShopSettings> {
    if (!known.has(shop)) await createDefaults(shop);
    const doc = await getShop(shop);
    return { ...DEFAULT_SHOP_SETTINGS, ...doc?.settings };
  }

  async function createDefaults(shop: string): Promise<void> {
    await upsertOne(Shop, { _id: shop }, {
      $setOnInsert: { installedAt: new Date(), uninstalledAt: null, settings: DEFAULT_SHOP_SETTINGS },
    });
    await upsertOne(ShopCounter, { _id: shop }, { $setOnInsert: { last: 0 } });
    await upsertOne(CadenceState, { _id: shop }, {
      $setOnInsert: { cursor: 0, wanted: 0, leaseOwner: null, leaseUntil: null, pending: [], daily: [] },
    });
    for (const rule of DEFAULT_RULES) {
      const { key, giftAmount, ...fields } = rule;
      await upsertOne(Rule, { shop, key }, {
        $setOnInsert: { ...fields, ...(giftAmount ? { giftAmount } : {}), enabled: true, conditions: {} },
      });
    }
    known.add(shop);
  }

  async function getShop(shop: string): Promise<ShopDoc | null> {
    return Shop.findById(shop).lean<ShopDoc>();
  }

  async function markUninstalled(shop: string): Promise<void> {
    await Shop.updateOne({ _id: shop }, { $set: { uninstalledAt: new Date() } });
    known.delete(shop);
  }

  async function markReinstalled(shop: string): Promise<void> {
    await Shop.updateOne({ _id: shop }, { $set: { uninstalledAt: null, installedAt: new Date() } });
  }

  function forget(shop: string): void {
    known.delete(shop);
  }

  return { ensureShop, getShop, markUninstalled, markReinstalled, forget };
}

export type ShopsService = ReturnType<typeof createShopsService>;
