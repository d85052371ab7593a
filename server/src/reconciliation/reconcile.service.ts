import {RECONCILE_ORDERS, type AdminApi, type ReconcileOrdersQuery} from '../admin-api';
import type {Models} from '../db/models';
import {ingestOrder, type IntakeDeps} from '../intake';
import {recordCancellation} from '../intake/handlers/orders-cancelled';
import type {Logger} from '../logger';
import {snapshotFromAdmin} from './to-snapshot';

/** Look back this far behind the cursor: orders can become visible to the API a little late. */
const OVERLAP_MS = 10 * 60_000;
// Each order costs about 1 + its 10 line items + customer and addresses: 40 a page stays under
// Shopify's single-query limit of 1,000 points (the stand-in computes the same cost).
const PAGE = 40;

type Deps = {models: Models; adminApi: AdminApi; intake: IntakeDeps; logger: Logger};

/**
 * A missed webhook must never be a missed order: pull the shop's orders created since the
 * cursor and put the ones the app never saw through the same idempotent path as orders/create.
 */
export function createReconciliation({models, adminApi, intake, logger}: Deps) {
  async function knownOrders(shop: string, since: Date): Promise<Set<string>> {
    // One pass over each collection for the window, not one lookup per order (docs/FERRETDB.md).
    const counted = await models.OrderSequence.find(
      {shop, 'facts.orderCreatedAt': {$gte: since}},
      {orderGid: 1},
    ).lean();
    const uncounted = await models.UncountedOrder.find(
      {shop, orderCreatedAt: {$gte: since}},
      {orderGid: 1},
    ).lean();
    return new Set([...counted, ...uncounted].map((o) => o.orderGid));
  }

  async function startingPoint(shop: string): Promise<Date> {
    const cursor = await models.ReconciliationCursor.findById(shop).lean();
    if (cursor) return cursor.since;
    const installed = (await models.Shop.findById(shop).lean())?.installedAt ?? new Date();
    return installed;
  }

  /** Reconciles one shop; returns how many orders were missing. */
  async function reconcileShop(shop: string): Promise<{found: number; seen: number}> {
    const since = new Date((await startingPoint(shop)).getTime() - OVERLAP_MS);
    const known = await knownOrders(shop, since);
    let after: string | null = null;
    let found = 0;
    let seen = 0;
    let newest = since;
    do {
      const page: ReconcileOrdersQuery = await adminApi.request(shop, RECONCILE_ORDERS, {
        first: PAGE,
        after,
        query: `created_at:>='${since.toISOString()}'`,
      });
      for (const node of page.orders.nodes) {
        seen++;
        const created = new Date(node.createdAt);
        if (created > newest) newest = created;
        if (known.has(node.id)) continue;
        const {snapshot, cancelledLater} = snapshotFromAdmin(node);
        await ingestOrder(intake, shop, snapshot);
        if (cancelledLater) await recordCancellation(intake, shop, node.id, cancelledLater);
        found++;
      }
      after = page.orders.pageInfo.hasNextPage ? (page.orders.pageInfo.endCursor ?? null) : null;
    } while (after);
    await models.ReconciliationCursor.updateOne(
      {_id: shop},
      {$set: {since: newest, lastRunAt: new Date(), lastFound: found}},
      {upsert: true},
    );
    if (found)
      logger.warn(
        {shop, found, seen},
        'reconciliation found orders that never arrived as webhooks',
      );
    return {found, seen};
  }

  return {reconcileShop};
}

export type Reconciliation = ReturnType<typeof createReconciliation>;
