import type { Models } from '../db/models';
import type { TouchWriter } from '../touches/touches.service';
import { insertIgnoringDuplicates } from '../db/insert-many';

/** Withdraws an order's open touches and tells the frequency cap they no longer count. */
export async function withdrawOrderTouches(deps: { models: Models; touches: TouchWriter }, shop: string, orderGid: string) {
  const keys = await deps.touches.withdrawForOrder(shop, orderGid);
  if (keys.length === 0) return 0;
  const touched = await deps.models.Touch.find({ shop, dedupeKey: { $in: keys } }, { customerGid: 1, sequence: 1, dedupeKey: 1, orderCreatedAt: 1 }).lean();
  await insertIgnoringDuplicates(
    deps.models.CustomerMark,
    touched
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
  return keys.length;
}
