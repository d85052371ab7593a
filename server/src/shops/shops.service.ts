import type {Models} from '../db/models';
import {upsertOne} from '../db/upsert';
import {DEFAULT_CADENCE_SETTINGS, DEFAULT_RULES} from '../cadence';
import type {ShopDoc, ShopSettings} from './shop.model';

export const DEFAULT_SHOP_SETTINGS: ShopSettings = {
  ...DEFAULT_CADENCE_SETTINGS,
  timezone: 'UTC',
  dueWithinHours: 24,
  assignment: 'round_robin',
  assigneeByKind: {},
  giftAmount: 10,
  giftExpiryDays: null,
  giftDailyBudget: 100,
  labelStock: 'avery-5160',
  stickerStyle: 'handwriting',
  labelOffsetMm: {x: 0, y: 0},
  holdoutPercent: 10,
  senderName: null,
  senderReplyTo: null,
  exportPersonalData: false,
  customerDataRetentionDays: 365,
};

type Deps = {
  models: Pick<Models, 'Shop' | 'Rule' | 'ShopCounter' | 'CadenceState'>;
  cacheMs?: number;
  /** Settings a new shop starts with instead of the defaults (tests: counting exactly without a holdout). */
  newShopSettings?: Partial<ShopSettings>;
};

/** Shop lifecycle: first sight creates defaults; uninstall marks; redaction forgets. */
export function createShopsService({models, cacheMs = 1000, newShopSettings = {}}: Deps) {
  const {Shop, Rule, ShopCounter, CadenceState} = models;
  const initial: ShopSettings = {...DEFAULT_SHOP_SETTINGS, ...newShopSettings};
  // Per app instance: shops whose defaults this process has already ensured.
  const known = new Set<string>();
  // Every webhook reads its shop; a second-long cache saves a database round trip per order.
  // Changes made by this process drop it at once; another process's within cacheMs.
  const cache = new Map<string, {doc: ShopDoc | null; at: number}>();

  /** Creates the shop, its counters and its default rules the first time it is seen (idempotent); returns its settings. */
  async function ensureShop(shop: string): Promise<ShopSettings> {
    if (!known.has(shop)) await createDefaults(shop);
    const doc = await getShop(shop);
    return {...DEFAULT_SHOP_SETTINGS, ...doc?.settings};
  }

  async function createDefaults(shop: string): Promise<void> {
    cache.delete(shop);
    await upsertOne(
      Shop,
      {_id: shop},
      {
        $setOnInsert: {
          installedAt: new Date(),
          uninstalledAt: null,
          settings: initial,
          rulesSeededAt: null,
        },
      },
    );
    await upsertOne(ShopCounter, {_id: shop}, {$setOnInsert: {last: 0}});
    await upsertOne(
      CadenceState,
      {_id: shop},
      {
        $setOnInsert: {
          cursor: 0,
          wanted: 0,
          leaseOwner: null,
          leaseUntil: null,
          pending: [],
          daily: [],
        },
      },
    );
    // The playbook's rules, once per shop: a default the merchant deleted must not come back when
    // a process restarts. Seeding is idempotent by key, and marked done only after it completes.
    const current = await Shop.findById(shop, {rulesSeededAt: 1}).lean<{
      rulesSeededAt?: Date | null;
    }>();
    if (!current?.rulesSeededAt) {
      for (const rule of DEFAULT_RULES) {
        const {key, giftAmount, ...fields} = rule;
        await upsertOne(
          Rule,
          {shop, key},
          {
            $setOnInsert: {
              ...fields,
              ...(giftAmount ? {giftAmount} : {}),
              enabled: true,
              conditions: {},
            },
          },
        );
      }
      await Shop.updateOne({_id: shop}, {$set: {rulesSeededAt: new Date()}});
    }
    known.add(shop);
    cache.delete(shop);
  }

  async function getShop(shop: string): Promise<ShopDoc | null> {
    const hit = cache.get(shop);
    if (hit && Date.now() - hit.at < cacheMs) return hit.doc;
    const doc = await Shop.findById(shop).lean<ShopDoc>();
    cache.set(shop, {doc, at: Date.now()});
    return doc;
  }

  async function markUninstalled(shop: string): Promise<void> {
    await Shop.updateOne({_id: shop}, {$set: {uninstalledAt: new Date()}});
    known.delete(shop);
    cache.delete(shop);
  }

  async function markReinstalled(shop: string): Promise<void> {
    await Shop.updateOne({_id: shop}, {$set: {uninstalledAt: null, installedAt: new Date()}});
    cache.delete(shop);
  }

  /** Changes some settings (dotted paths: one atomic update, the others untouched). */
  /**
   * A shop whose time zone nobody has settled takes the one it has in Shopify (once: a zone the
   * merchant picks later, UTC included, is never replaced). `zone` is asked only when needed.
   */
  async function settleTimezone(shop: string, zone: () => Promise<string>): Promise<void> {
    await ensureShop(shop);
    const doc = await Shop.findById(shop, {timezoneSettledAt: 1}).lean<ShopDoc>();
    if (!doc || doc.timezoneSettledAt) return;
    const timezone = await zone();
    await Shop.updateOne(
      {_id: shop, timezoneSettledAt: null},
      {$set: {'settings.timezone': timezone, timezoneSettledAt: new Date()}},
    );
    cache.delete(shop);
  }

  async function updateSettings(shop: string, patch: Partial<ShopSettings>): Promise<ShopSettings> {
    await ensureShop(shop);
    const $set: Record<string, unknown> = Object.fromEntries(
      Object.entries(patch).map(([k, v]) => [`settings.${k}`, v]),
    );
    if (patch.timezone !== undefined) $set.timezoneSettledAt = new Date();
    if (Object.keys($set).length) await Shop.updateOne({_id: shop}, {$set});
    cache.delete(shop);
    return ensureShop(shop);
  }

  function forget(shop: string): void {
    known.delete(shop);
    cache.delete(shop);
  }

  return {
    ensureShop,
    getShop,
    updateSettings,
    settleTimezone,
    markUninstalled,
    markReinstalled,
    forget,
  };
}

export type ShopsService = ReturnType<typeof createShopsService>;
