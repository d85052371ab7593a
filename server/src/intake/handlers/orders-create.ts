import {orderPayloadSchema, toOrderSnapshot, type OrderSnapshot} from '../order-payload';
import {parseWith} from '../../util/parse-json';
import type {IntakeDeps} from '../deps';
import {ingestOrder} from '../ingest-order';
import type {TopicHandler} from '../types';

/** orders/create: store the order once, give it its number, hand the cadence a nudge. */
export function ordersCreateHandler(deps: IntakeDeps): TopicHandler<OrderSnapshot> {
  return {
    parse: (json) => toOrderSnapshot(parseWith(orderPayloadSchema, json)),
    subject: (order) => order.orderGid,
    ignoreWhenUninstalled: true,
    process: ({shop, payload}) => ingestOrder(deps, shop, payload).then(() => undefined),
  };
}
