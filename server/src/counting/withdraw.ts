import type {Models} from '../db/models';
import type {TouchWriter} from '../touches/touches.service';
import {insertIgnoringDuplicates} from '../db/insert-many';

/** Withdraws an order's open touches and tells the frequency cap they no longer count. */
export async function withdrawOrderTouches(
  deps: {models: Models; touches: TouchWriter},
  shop: string,
  orderGid: string,
) {
  const withdrawn = await deps.touches.withdrawForOrder(shop, orderGid);
  await insertIgnoringDuplicates(
    deps.models.CustomerMark,
    withdrawn
      .filter((t) => t.customerGid)
      .map((t) => ({
        _id: `${shop}|${t.customerGid}|withdrawn|${t.dedupeKey}`,
        shop,
        customerGid: t.customerGid!,
        type: 'withdrawn' as const,
        sequence: t.sequence ?? 0,
        at: t.orderCreatedAt,
        touchKey: t.dedupeKey,
      })),
  );
  return withdrawn.length;
}
