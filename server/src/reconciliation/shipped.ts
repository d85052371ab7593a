import {ORDERS_SHIPPED, type AdminApi, type OrdersShippedQuery} from '../admin-api';
import {recordFulfillment} from '../intake/handlers/orders-fulfilled';
import type {IntakeDeps} from '../intake';
import {RECONCILE_EVERY_MS} from './schedule';
import {hasStage, isBoxKind, type WorkingSet} from '../touches';

/** Orders younger than this are not asked about: they rarely ship within the hour. */
const MIN_AGE_MS = 60 * 60_000;
/** Shopify's nodes(ids:) takes up to 250; 50 keeps each call cheap (1 point an order and parcel). */
const BATCH = 50;
/** At most this many orders a run, oldest first: the most overdue are the ones to end. */
const MAX_ORDERS = 250;

/** All of them when they fit a run; else a different 250 each run, in turn (no stored cursor). */
function inTurn(orders: string[], now: Date): string[] {
  if (orders.length <= MAX_ORDERS) return orders;
  const start = (Math.floor(now.getTime() / RECONCILE_EVERY_MS) * MAX_ORDERS) % orders.length;
  return [...orders, ...orders].slice(start, start + MAX_ORDERS);
}

type Deps = {adminApi: AdminApi; workingSet: WorkingSet; intake: IntakeDeps};

type ShippedNode = Extract<
  OrdersShippedQuery['nodes'][number],
  {displayFulfillmentStatus: unknown}
>;

/** When the last parcel shipped, else now (Shopify says it shipped, not when). */
function shippedAt(node: ShippedNode, now: Date): Date {
  const times = node.fulfillments.map((f) => Date.parse(f.createdAt)).filter((t) => t > 0);
  return times.length ? new Date(Math.max(...times)) : now;
}

/**
 * A missed orders/fulfilled webhook must not leave a box touch overdue for an order that shipped
 * long ago: ask Shopify about the orders of open, unpacked box touches (oldest first) and end the
 * shipped ones as `already_shipped`, through the same path as the webhook. Returns how many ended.
 */
export function createShippedCheck({adminApi, workingSet, intake}: Deps) {
  async function checkShop(
    shop: string,
    now = new Date(),
  ): Promise<{asked: number; ended: number}> {
    const waiting = (await workingSet.read(shop))
      .filter(
        (t) =>
          t.status === 'open' &&
          isBoxKind(t.kind) &&
          !hasStage(t, 'packed') &&
          now.getTime() - new Date(t.orderCreatedAt).getTime() >= MIN_AGE_MS,
      )
      .sort((a, b) => +new Date(a.orderCreatedAt) - +new Date(b.orderCreatedAt));
    const orders = inTurn([...new Set(waiting.map((t) => t.orderGid))], now);
    let ended = 0;
    for (let i = 0; i < orders.length; i += BATCH) {
      const page: OrdersShippedQuery = await adminApi.request(shop, ORDERS_SHIPPED, {
        ids: orders.slice(i, i + BATCH),
      });
      for (const node of page.nodes) {
        if (!node || !('displayFulfillmentStatus' in node)) continue;
        if (node.displayFulfillmentStatus !== 'FULFILLED') continue;
        ended += await recordFulfillment(intake, shop, node.id, shippedAt(node, now));
      }
    }
    return {asked: orders.length, ended};
  }
  return {checkShop};
}

export type ShippedCheck = ReturnType<typeof createShippedCheck>;
