import {orderIdSchema} from '@human-touch/contract/schemas';
import type {Models} from '../db/models';
import {sequenceKey} from '../counting/counting.model';
import {orderKey, type OrderFactsDoc} from '../intake/order.model';
import {BadRequestError, NotFoundError} from '../errors';
import type {TouchDoc} from './touch.model';
import type {WorkingSet} from './working-set';
import {toTouchJson} from './list';

export {orderIdSchema} from '@human-touch/contract/schemas';

/** The order's GID from a URL parameter; anything else is a 400 naming the order id. */
export function parseOrderId(raw: string): string {
  const parsed = orderIdSchema.safeParse(raw);
  if (!parsed.success)
    throw new BadRequestError(
      'orderId must be an order id such as gid://shopify/Order/450789469 or 450789469',
      {fields: {orderId: ['an order id']}},
    );
  return parsed.data;
}

export type StoredOrder = OrderFactsDoc & {sequence: number | null};

/**
 * The order as the app stored it from orders/create (or reconciliation), or null when the app never
 * saw it. Uncounted orders are read by `_id` (the filter FerretDB evaluates in SQLite); counted ones
 * by (shop, orderGid), their unique index.
 */
export async function findStoredOrder(
  models: Models,
  shop: string,
  orderGid: string,
): Promise<StoredOrder | null> {
  const uncounted = await models.UncountedOrder.findById(orderKey(shop, orderGid)).lean();
  if (uncounted) return {...uncounted, sequence: null};
  const counted = await models.OrderSequence.findOne({shop, orderGid}).lean();
  if (!counted) return null;
  // A sanity check that the sequence document is the one under its key (written together).
  if (counted._id !== sequenceKey(shop, counted.sequence)) return null;
  return {...counted.facts, sequence: counted.sequence};
}

/** Every touch of one order of the shop, working set first, then the history; oldest first. */
export async function orderTouches(
  {models, workingSet}: {models: Models; workingSet: WorkingSet},
  shop: string,
  orderGid: string,
) {
  const current = (await workingSet.read(shop)).filter((t) => t.orderGid === orderGid);
  const seen = new Set(current.map((t) => String(t._id)));
  const archived = (await models.TouchArchive.find({shop, orderGid}).lean<TouchDoc[]>()).filter(
    (t) => !seen.has(String(t._id)),
  );
  if (
    current.length === 0 &&
    archived.length === 0 &&
    !(await findStoredOrder(models, shop, orderGid))
  ) {
    throw new NotFoundError('The app has not seen this order');
  }
  const all = [
    ...current.map((t) => ({t, archived: false})),
    ...archived.map((t) => ({t, archived: true})),
  ];
  all.sort((a, b) => +a.t.createdAt - +b.t.createdAt);
  return {
    touches: all.map(({t, archived: a}) => ({
      ...toTouchJson(t),
      manual: t.slot === 'manual',
      archived: a,
    })),
  };
}
