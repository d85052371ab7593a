import type { Models } from '../db/models';
import { NotFoundError } from '../errors';
import type { TouchDoc } from './touch.model';
import { findTouch } from './archive';
import { parseTouchId } from './edit';
import { toTouchJson } from './list';

/**
 * One touch with what the person needs to do it well, and nothing more (PRODUCT.md "The touch
 * queue"): the order's summary, the customer's earlier orders and touches, consent, the note.
 */
export async function touchDetail(models: Models, shop: string, id: string) {
  const found = await findTouch({ models }, { _id: parseTouchId(id), shop });
  if (!found) throw new NotFoundError('No such touch');
  const { touch, archived } = found;
  const order = touch.sequence !== null
    ? (await models.OrderSequence.findOne({ shop, orderGid: touch.orderGid }).lean())?.facts ?? null
    : await models.UncountedOrder.findOne({ shop, orderGid: touch.orderGid }).lean();
  const customerGid = touch.customerGid;
  const related = customerGid
    ? { shop, customerGid, _id: { $ne: touch._id }, status: { $in: ['open' as const, 'done' as const] } }
    : { shop, orderGid: touch.orderGid, _id: { $ne: touch._id } };
  // The customer's history includes archived touches: on FerretDB that read scans the history
  // (a few hundred ms at 100,000 touches), on MongoDB it uses the customerGid index.
  const others = [
    ...await models.Touch.find(related).lean<TouchDoc[]>(),
    ...await models.TouchArchive.find(related).lean<TouchDoc[]>(),
  ];
  const earlier = others.filter((t) => t.orderGid !== touch.orderGid);
  const orders = customerGid ? await models.OrderSequence.countDocuments({ shop, 'facts.customerGid': customerGid }) : 0;
  return {
    touch: { ...toTouchJson(touch), archived },
    /** Other touches going into the same box. */
    alsoOnThisOrder: others.filter((t) => t.orderGid === touch.orderGid).map((t) => ({ id: String(t._id), kind: t.kind, status: t.status })),
    order: order && {
      name: order.name, createdAt: new Date(order.orderCreatedAt).toISOString(), total: order.totalPrice, currency: order.currency,
      channel: order.sourceName, country: order.countryCode, note: order.note,
    },
    customer: customerGid && {
      id: customerGid, displayName: touch.customerName, ordersCounted: orders,
      acceptsMarketing: order?.acceptsMarketing ?? false, hasEmail: order?.hasEmail ?? false,
      previousTouches: earlier
        .sort((a, b) => +b.createdAt - +a.createdAt)
        .slice(0, 10)
        .map((t) => ({ id: String(t._id), kind: t.kind, status: t.status, orderName: t.orderName, note: t.note, createdAt: t.createdAt.toISOString() })),
    },
  };
}
