import type {Models} from '../db/models';
import type {TouchWriter} from '../touches/touches.service';
import {withdrawOrderTouches} from './withdraw';

/**
 * An orders/cancelled may land while a batch is being decided: after writing touches,
 * look again and withdraw any open touch of an order cancelled in the meantime.
 */
export async function withdrawLateCancellations(
  deps: {models: Models; touches: TouchWriter},
  shop: string,
  orderGids: string[],
  cancelledBefore: Set<string>,
): Promise<void> {
  const inBatch = new Set(orderGids);
  const now = await deps.models.OrderCancellation.find({shop}).lean();
  for (const c of now) {
    if (inBatch.has(c.orderGid) && !cancelledBefore.has(c.orderGid))
      await withdrawOrderTouches(deps, shop, c.orderGid);
  }
}
