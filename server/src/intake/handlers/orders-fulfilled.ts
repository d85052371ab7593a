import {z} from 'zod';
import {insertIgnoringDuplicates} from '../../db/insert-many';
import {orderKey} from '../order.model';
import {parseWith} from '../../util/parse-json';
import type {IntakeDeps} from '../deps';
import type {TopicHandler} from '../types';

// The REST order payload; only the fields used. `fulfillments` carries when each parcel shipped.
const fulfilledSchema = z.object({
  admin_graphql_api_id: z.string().regex(/^gid:\/\/shopify\/Order\/\d+$/, 'an Admin API Order GID'),
  updated_at: z.iso.datetime({offset: true}).nullish(),
  fulfillments: z
    .array(z.object({created_at: z.iso.datetime({offset: true}).nullish()}).loose())
    .max(1000)
    .nullish(),
});

type Fulfilled = {orderGid: string; fulfilledAt: Date};

/** The last parcel's time, else the order's update time, else now. */
function fulfilledAt(p: z.infer<typeof fulfilledSchema>): Date {
  const times = (p.fulfillments ?? [])
    .map((f) => (f.created_at ? Date.parse(f.created_at) : NaN))
    .filter((t) => !Number.isNaN(t));
  if (times.length) return new Date(Math.max(...times));
  return p.updated_at ? new Date(p.updated_at) : new Date();
}

/**
 * orders/fulfilled (every item shipped): remember it (it may come before the order's touches exist)
 * and end the order's open box touches as `already_shipped`. Why this topic: docs/STAGES.md.
 */
export function ordersFulfilledHandler(deps: IntakeDeps): TopicHandler<Fulfilled> {
  return {
    parse: (json) => {
      const p = parseWith(fulfilledSchema, json);
      return {orderGid: p.admin_graphql_api_id, fulfilledAt: fulfilledAt(p)};
    },
    subject: (f) => f.orderGid,
    ignoreWhenUninstalled: true,
    async process({shop, payload}) {
      await deps.shops.ensureShop(shop);
      await recordFulfillment(deps, shop, payload.orderGid, payload.fulfilledAt);
    },
  };
}

/** Records that the order shipped (idempotent) and ends its open box touches. */
export async function recordFulfillment(
  deps: IntakeDeps,
  shop: string,
  orderGid: string,
  at: Date,
): Promise<number> {
  await insertIgnoringDuplicates(deps.models.OrderFulfillment, [
    {_id: orderKey(shop, orderGid), shop, orderGid, fulfilledAt: at},
  ]);
  return deps.touches.endShipped(shop, orderGid);
}
