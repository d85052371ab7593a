import {z} from 'zod';
import {insertIgnoringDuplicates} from '../../db/insert-many';
import {withdrawOrderTouches} from '../../counting';
import {orderKey} from '../order.model';
import {parseWith} from '../../util/parse-json';
import type {IntakeDeps} from '../deps';
import type {TopicHandler} from '../types';

const cancelledSchema = z.object({
  admin_graphql_api_id: z.string().regex(/^gid:\/\/shopify\/Order\/\d+$/, 'an Admin API Order GID'),
  cancelled_at: z.iso.datetime({offset: true}).nullish(),
});

type Cancelled = {orderGid: string; cancelledAt: Date};

/** orders/cancelled: remember it (it may come before orders/create) and withdraw open touches. Counts are never rewritten. */
export function ordersCancelledHandler(deps: IntakeDeps): TopicHandler<Cancelled> {
  return {
    parse: (json) => {
      const p = parseWith(cancelledSchema, json);
      return {
        orderGid: p.admin_graphql_api_id,
        cancelledAt: p.cancelled_at ? new Date(p.cancelled_at) : new Date(),
      };
    },
    subject: (c) => c.orderGid,
    ignoreWhenUninstalled: true,
    async process({shop, payload}) {
      await deps.shops.ensureShop(shop);
      await recordCancellation(deps, shop, payload.orderGid, payload.cancelledAt);
    },
  };
}

/** Records a cancellation (idempotent) and withdraws the order's open touches; from the webhook or reconciliation. */
export async function recordCancellation(
  deps: IntakeDeps,
  shop: string,
  orderGid: string,
  cancelledAt: Date,
): Promise<void> {
  await insertIgnoringDuplicates(deps.models.OrderCancellation, [
    {_id: orderKey(shop, orderGid), shop, orderGid, cancelledAt},
  ]);
  await withdrawOrderTouches(deps, shop, orderGid);
}
