import {isDuplicateKey} from '../db/connect';
import {BoundedMap} from '../util/bounded-map';
import type {TouchDoc, TouchModel, TouchVersionModel} from './touch.model';

type Deps = {
  models: {Touch: TouchModel; TouchVersion: TouchVersionModel};
  /** A cached working set older than this is refreshed in the background (covers a writer that died mid-write). */
  refreshMs?: number;
  maxShops?: number;
};

type Entry = {docs: Map<string, TouchDoc>; v: number; loadedAt: number};

/**
 * The queue's read model: each shop's working set of touches (see touch.model.ts), held in this
 * process and kept exact by version. On FerretDB every query scans its collection (~25–150 µs per
 * stored document, docs/FERRETDB.md), so the panel reads touches from here instead:
 * - every write to a shop's touches goes through `changed()`: the database first, then the shop's
 *   version is bumped (`touch_versions`, one tiny document per shop); when this process's cached
 *   version was the one just before, the same change is applied to the cache, otherwise (another
 *   process wrote too) the cache is dropped;
 * - every read compares the cached version with the stored one (a read of a tiny collection) and
 *   reloads the shop's working set when they differ; a cache older than `refreshMs` is refreshed in
 *   the background, which also repairs a write whose process died before bumping the version.
 * The same code runs on MongoDB, where the reload is an indexed query.
 */
export function createWorkingSet({models, refreshMs = 60_000, maxShops = 50}: Deps) {
  const {Touch, TouchVersion} = models;
  const entries = new BoundedMap<string, Entry>(maxShops);
  const loading = new Map<string, Promise<Entry>>();
  let loads = 0;

  const storedVersion = async (shop: string) => (await TouchVersion.findById(shop).lean())?.v ?? 0;

  function load(shop: string, v: number): Promise<Entry> {
    const pending = loading.get(shop);
    if (pending) return pending;
    const run = (async () => {
      loads++;
      const docs = await Touch.find({shop}).lean<TouchDoc[]>();
      const entry = {docs: new Map(docs.map((d) => [String(d._id), d])), v, loadedAt: Date.now()};
      entries.set(shop, entry);
      return entry;
    })().finally(() => loading.delete(shop));
    loading.set(shop, run);
    return run;
  }

  /** The shop's working set, current as of this call. */
  async function read(shop: string): Promise<TouchDoc[]> {
    const v = await storedVersion(shop);
    let entry = entries.get(shop);
    if (!entry || entry.v !== v) entry = await load(shop, v);
    else if (Date.now() - entry.loadedAt > refreshMs && !loading.has(shop))
      void load(shop, v).catch(() => entries.delete(shop));
    return [...entry.docs.values()];
  }

  async function bump(shop: string): Promise<number> {
    const update = () =>
      TouchVersion.findOneAndUpdate(
        {_id: shop},
        {$inc: {v: 1}},
        {upsert: true, returnDocument: 'after'},
      ).lean();
    try {
      return (await update())!.v;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return (await update())!.v;
    }
  }

  /**
   * Call after writing the shop's touches: `apply` makes the same change to the cached working set
   * (a Map of id -> touch), or pass null when the change is not worth replaying (it drops the cache).
   */
  async function changed(
    shop: string,
    apply: ((docs: Map<string, TouchDoc>) => void) | null,
  ): Promise<void> {
    const v = await bump(shop);
    const entry = entries.get(shop);
    if (!entry) return;
    if (apply && entry.v === v - 1 && !loading.has(shop)) {
      apply(entry.docs);
      entry.v = v;
    } else {
      entries.delete(shop);
    }
  }

  return {
    read,
    changed,
    forget: (shop: string) => entries.delete(shop),
    /** How many times a shop's working set was read from the database (for tests and /metrics). */
    loads: () => loads,
  };
}

export type WorkingSet = ReturnType<typeof createWorkingSet>;
