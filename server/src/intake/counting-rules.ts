import type {PosPolicy} from '../cadence';
import type {NotCountedReason} from './order.model';
import type {OrderSnapshot} from './order-payload';

/** Whether an order takes a place in the shop's count (docs/PRODUCT.md "Exceptions and respect"). */
export function notCountedReason(
  order: OrderSnapshot,
  posOrders: PosPolicy,
): NotCountedReason | null {
  if (order.test) return 'test_order';
  if (order.cancelledAt) return 'cancelled_at_creation';
  if (order.sourceName === 'pos' && posOrders === 'ignore') return 'pos_order';
  return null;
}
