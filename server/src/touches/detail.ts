import type {Models} from '../db/models';
import {sequenceKey} from '../counting/counting.model';
import {orderKey} from '../intake/order.model';
import {NotFoundError} from '../errors';
import type {TouchDoc} from './touch.model';
import {findTouch} from './archive';
import type {WorkingSet} from './working-set';
import {parseTouchId} from './edit';
import {toTouchJson} from './list';

/**
 * One touch with what the person needs to do it well, and nothing more (docs/PRODUCT.md "The touch
 * queue"): the order's summary, the customer's earlier orders and touches, consent, the note.
 */
const RECENT_NOTES = 200;

/** An open "answer the question" touch on the same order as `touch` (not itself), with the question. */
function questionWaiting(touches: TouchDoc[], touch: TouchDoc, question: string | null) {
  const q = touches.find(
    (t) =>
      t.orderGid === touch.orderGid &&
      t.kind === 'answer_question' &&
      t.status === 'open' &&
      !t._id.equals(touch._id),
  );
  return q ? {id: String(q._id), question} : null;
}

export async function touchDetail(
  models: Models,
  workingSet: WorkingSet,
  shop: string,
  id: string,
) {
  const found = await findTouch({models, workingSet}, shop, parseTouchId(id));
  if (!found) throw new NotFoundError('No such touch');
  const {touch, archived} = found;
  // By _id alone: the one filter FerretDB evaluates in SQLite (docs/FERRETDB.md).
  const order =
    touch.sequence !== null
      ? ((await models.OrderSequence.findById(sequenceKey(shop, touch.sequence)).lean())?.facts ??
        null)
      : await models.UncountedOrder.findById(orderKey(shop, touch.orderGid)).lean();
  const customerGid = touch.customerGid;
  const isRelated = (t: TouchDoc) =>
    !t._id.equals(touch._id) &&
    (customerGid
      ? t.customerGid === customerGid && (t.status === 'open' || t.status === 'done')
      : t.orderGid === touch.orderGid);
  // The customer's history includes archived touches: on FerretDB that read scans the history
  // (seconds at 100,000 archived touches), on MongoDB it uses the customerGid index.
  const archivedRelated = customerGid
    ? {shop, customerGid, status: 'done' as const}
    : {shop, orderGid: touch.orderGid};
  const workingSetTouches = await workingSet.read(shop);
  const others = [
    ...workingSetTouches.filter(isRelated),
    ...(await models.TouchArchive.find(archivedRelated).lean<TouchDoc[]>()).filter(isRelated),
  ];
  const earlier = others.filter((t) => t.orderGid !== touch.orderGid);
  const orders = customerGid
    ? await models.OrderSequence.countDocuments({shop, 'facts.customerGid': customerGid})
    : 0;
  return {
    touch: {...toTouchJson(touch), archived},
    /** The shop's latest notes by anyone (the be-human check warns about near-copies of them). */
    recentShopNotes: workingSetTouches
      .filter((t) => t.note && !t._id.equals(touch._id))
      .sort((a, b) => +b.updatedAt - +a.updatedAt)
      .slice(0, RECENT_NOTES)
      .map((t) => t.note!),
    /** The order's open question, until it is answered: the customer is waiting for a reply. */
    questionWaiting: questionWaiting(workingSetTouches, touch, order?.note ?? null),
    /** Other touches going into the same box. */
    alsoOnThisOrder: others
      .filter((t) => t.orderGid === touch.orderGid)
      .map((t) => ({id: String(t._id), kind: t.kind, status: t.status})),
    order: order && {
      name: order.name,
      createdAt: new Date(order.orderCreatedAt).toISOString(),
      total: order.totalPrice,
      currency: order.currency,
      channel: order.sourceName,
      country: order.countryCode,
      shipCity: order.shipCity ?? null,
      items: order.items ?? [],
      note: order.note,
    },
    customer: customerGid && {
      id: customerGid,
      displayName: touch.customerName,
      ordersCounted: orders,
      acceptsMarketing: order?.acceptsMarketing ?? false,
      hasEmail: order?.hasEmail ?? false,
      previousTouches: earlier
        .sort((a, b) => +b.createdAt - +a.createdAt)
        .slice(0, 10)
        .map((t) => ({
          id: String(t._id),
          kind: t.kind,
          status: t.status,
          orderName: t.orderName,
          note: t.note,
          createdAt: t.createdAt.toISOString(),
        })),
    },
  };
}
