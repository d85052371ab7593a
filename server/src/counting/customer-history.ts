import type {CustomerFacts} from '../cadence';
import type {CustomerMarkDoc} from './counting.model';

/** A customer's counted orders and active touches, rebuilt from their insert-only marks. */
export interface CustomerHistory {
  orderSequences: Set<number>;
  /** touchKey → when and on which sequence. */
  touches: Map<string, {sequence: number; at: Date; orderGid: string}>;
}

export function historyFromMarks(
  marks: Pick<CustomerMarkDoc, 'type' | 'sequence' | 'at' | 'touchKey'>[],
): CustomerHistory {
  const history: CustomerHistory = {orderSequences: new Set(), touches: new Map()};
  const withdrawn = new Set<string>();
  for (const mark of marks) {
    if (mark.type === 'order') history.orderSequences.add(mark.sequence);
    else if (mark.type === 'withdrawn' && mark.touchKey) withdrawn.add(mark.touchKey);
    else if (mark.type === 'touch' && mark.touchKey)
      history.touches.set(mark.touchKey, {
        sequence: mark.sequence,
        at: mark.at,
        orderGid: orderGidOfTouchKey(mark.touchKey),
      });
  }
  for (const key of withdrawn) history.touches.delete(key);
  return history;
}

/** Touch dedupe keys end with the order GID (`rule:<rule>:<slot>:<gid>`, `question:<gid>`). */
export function orderGidOfTouchKey(key: string): string {
  const at = key.indexOf('gid://');
  return at >= 0 ? key.slice(at) : '';
}

/** What the cadence engine may know about the customer at this sequence: only earlier orders count. */
export function customerFactsAt(
  history: CustomerHistory | undefined,
  sequence: number,
  cancelled: Set<string> = new Set(),
): CustomerFacts {
  if (!history) return {ordinal: 1, lastTouchedAt: null};
  let earlier = 0;
  for (const s of history.orderSequences) if (s < sequence) earlier++;
  let last: Date | null = null;
  for (const t of history.touches.values()) {
    // A touch on a cancelled order was withdrawn: it no longer counts for the frequency cap.
    if (t.sequence < sequence && !cancelled.has(t.orderGid) && (!last || t.at > last)) last = t.at;
  }
  return {ordinal: earlier + 1, lastTouchedAt: last};
}
