import {customersDataRequestHandler, customersRedactHandler, shopRedactHandler} from '../privacy';
import type {IntakeDeps} from './deps';
import {appUninstalledHandler} from './handlers/app-uninstalled';
import {ordersCancelledHandler} from './handlers/orders-cancelled';
import {ordersCreateHandler} from './handlers/orders-create';
import {ordersFulfilledHandler} from './handlers/orders-fulfilled';
import {refundsCreateHandler} from './handlers/refunds-create';
import type {TopicHandler} from './types';

/** Topic → handler. shopify.app.toml subscribes to exactly these. */
// Each topic's handler takes its own payload type; the webhook route looks them up by topic name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createTopicHandlers(deps: IntakeDeps): Record<string, TopicHandler<any>> {
  return {
    'orders/create': ordersCreateHandler(deps),
    'orders/cancelled': ordersCancelledHandler(deps),
    'orders/fulfilled': ordersFulfilledHandler(deps),
    'refunds/create': refundsCreateHandler(deps),
    'app/uninstalled': appUninstalledHandler(deps),
    'customers/data_request': customersDataRequestHandler(deps),
    'customers/redact': customersRedactHandler(deps),
    'shop/redact': shopRedactHandler(deps),
  };
}
