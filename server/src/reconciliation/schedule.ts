import type {Models} from '../db/models';
import type {JobQueue} from '../jobs';

/** How often each installed shop is reconciled. */
export const RECONCILE_EVERY_MS = 10 * 60_000;

/** Queues one reconciliation per installed shop per period (the unique key makes it once across instances). */
export async function scheduleReconciliation(
  models: Models,
  jobs: JobQueue,
  now = Date.now(),
): Promise<void> {
  const period = Math.floor(now / RECONCILE_EVERY_MS);
  const shops = await models.Shop.find({uninstalledAt: null}, {_id: 1}).lean();
  for (const {_id: shop} of shops) {
    await jobs.enqueue({
      shop,
      type: 'reconcile.shop',
      uniqueKey: `reconcile:${shop}:${period}`,
      payload: {},
    });
  }
}
