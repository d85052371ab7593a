import type {ReconcileOrderNode} from '../admin-api';
import {toItems, type OrderSnapshot} from '../intake/order-payload';

/** Within this long of creation, a cancellation counts as "cancelled at creation". */
const AT_CREATION_MS = 60_000;

/**
 * The Admin API's view of an order as the snapshot orders/create would have given. The
 * webhook shows the order as created; the API shows it now, so a cancellation long after
 * creation is not "cancelled at creation" (the order counted, and is cancelled separately).
 */
export function snapshotFromAdmin(o: ReconcileOrderNode): {
  snapshot: OrderSnapshot;
  cancelledLater: Date | null;
} {
  const created = new Date(o.createdAt);
  const cancelled = o.cancelledAt ? new Date(o.cancelledAt) : null;
  const atCreation =
    cancelled !== null && cancelled.getTime() - created.getTime() <= AT_CREATION_MS;
  const c = o.customer;
  const email = c?.defaultEmailAddress?.emailAddress ?? o.email ?? null;
  return {
    snapshot: {
      orderGid: o.id,
      name: o.name,
      orderCreatedAt: created,
      cancelledAt: atCreation ? cancelled : null,
      test: o.test,
      sourceName: o.sourceName ?? 'web',
      totalPrice: Number.parseFloat(o.currentTotalPriceSet.shopMoney.amount),
      currency: o.currentTotalPriceSet.shopMoney.currencyCode,
      countryCode: o.shippingAddress?.countryCodeV2 ?? o.billingAddress?.countryCodeV2 ?? null,
      shipCity: o.shippingAddress?.city?.trim().slice(0, 120) || null,
      items: toItems(o.lineItems.nodes),
      note: o.note?.trim() || null,
      hasEmail: Boolean(email),
      acceptsMarketing: o.customerAcceptsMarketing,
      customer: c
        ? {
            customerGid: c.id,
            displayName: [c.firstName, c.lastName].filter(Boolean).join(' ') || null,
            tags: c.tags,
          }
        : null,
    },
    cancelledLater: cancelled && !atCreation ? cancelled : null,
  };
}
