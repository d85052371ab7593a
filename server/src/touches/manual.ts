import type {ManualTouchInput} from '@human-touch/contract/schemas';
import type {TouchKind} from '../cadence/types';
import {packerRequest} from '../cadence/request';
import type {Models} from '../db/models';
import {ConflictError, NotFoundError, ValidationError} from '../errors';
import type {ShopsService} from '../shops';
import {toTouchJson} from './list';
import {findStoredOrder} from './order-touches';
import {dueAfter, type TouchWriter} from './touches.service';
import type {WorkingSet} from './working-set';

/** Marks a touch a person asked for (the order details action), apart from the cadence's slots. */
export const MANUAL_SLOT = 'manual';
export const manualDedupeKey = (orderGid: string, kind: TouchKind) => `manual:${orderGid}:${kind}`;

import {mediumOf} from '@human-touch/contract';
export {manualTouchSchema, type ManualTouchInput} from '@human-touch/contract/schemas';

type Deps = {models: Models; workingSet: WorkingSet; touches: TouchWriter; shops: ShopsService};

/**
 * "Give this order a human touch": a person decides, so no rule, no place in the cadence's state
 * (its cursor, pending firings and the frequency cap's marks are untouched) and `slot: 'manual'`.
 * One per order and kind: the dedupe key makes a double press one touch, and an order that already
 * has a live touch of that kind (cadence or manual) is a 409.
 */
export async function createManualTouch(
  {models, workingSet, touches, shops}: Deps,
  shop: string,
  input: ManualTouchInput,
) {
  const order = await findStoredOrder(models, shop, input.orderId);
  if (!order)
    throw new NotFoundError(
      'The app has not seen this order (it arrives with the orders/create webhook)',
    );
  if (input.assignee) {
    const staff = await models.Staff.findById(input.assignee).lean();
    if (!staff || staff.shop !== shop)
      throw new ValidationError('Request body does not have the expected shape', {
        assignee: ['no such staff member'],
      });
  }
  const sameKind = (await workingSet.read(shop)).find(
    (t) =>
      t.orderGid === input.orderId &&
      t.kind === input.kind &&
      (t.status === 'open' || t.status === 'done'),
  );
  if (sameKind)
    throw new ConflictError(
      `Order ${order.name} already has a ${input.kind.replace(/_/g, ' ')} touch`,
    );
  const settings = await shops.ensureShop(shop);
  const dedupeKey = manualDedupeKey(input.orderId, input.kind);
  const created = await touches.record([
    {
      shop,
      dedupeKey,
      kind: input.kind,
      status: 'open',
      skipReason: null,
      ruleId: null,
      slot: MANUAL_SLOT,
      orderGid: input.orderId,
      orderName: order.name,
      sequence: order.sequence,
      orderCreatedAt: new Date(order.orderCreatedAt),
      dueAt: dueAfter(new Date(order.orderCreatedAt), settings.dueWithinHours),
      customerGid: order.customerGid,
      customerName: order.customerName,
      assignee: input.assignee ?? null,
      note: input.note ?? null,
      medium: mediumOf(input.kind, input.medium),
      request: packerRequest(order.note),
    },
  ]);
  if (created === 0)
    throw new ConflictError(
      `Order ${order.name} already has a ${input.kind.replace(/_/g, ' ')} touch given by hand`,
    );
  const touch = (await workingSet.read(shop)).find((t) => t.dedupeKey === dedupeKey);
  if (!touch) throw new ConflictError('The touch changed while it was being created; reload');
  return {touch: {...toTouchJson(touch), manual: true}};
}
