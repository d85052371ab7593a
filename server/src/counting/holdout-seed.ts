import {randomBytes} from 'node:crypto';
import type {Models} from '../db/models';
import {insertIgnoringDuplicates} from '../db/insert-many';

/**
 * The shop's holdout seed, created on first use. The first insert wins (unique `_id`) and
 * everyone reads that one back, so every runner draws from the same seed.
 */
export async function holdoutSeed(
  models: Pick<Models, 'HoldoutSeed'>,
  shop: string,
): Promise<string> {
  const existing = await models.HoldoutSeed.findById(shop).lean();
  if (existing) return existing.seed;
  await insertIgnoringDuplicates(models.HoldoutSeed, [
    {_id: shop, seed: randomBytes(32).toString('hex'), createdAt: new Date()},
  ]);
  const stored = await models.HoldoutSeed.findById(shop).lean();
  return stored!.seed;
}
