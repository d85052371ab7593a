import type { CustomerFacts } from '../cadence';
import type { CustomerMarkDoc } from './counting.model';

/** A customer's counted orders and active touches, rebuilt from their insert-only marks. */
export interface CustomerHistory {
  orderSequences: Set<number>;
  /** touchKey → when and on which sequence. */
  touches: Map<string, { sequence: number; at: Date }>;
}

export function historyFromMarks(marks: Pick<CustomerMarkDoc, 'type' | 'sequence' | 'at' | 'touchKey'>[]): CustomerHistory {
  const history: CustomerHistory = { orderSequences: new Set(), touches: new Map() };
  const withdrawn = new Set<string>();
  for (const mark of marks) {
    if (mark.type === 'order') history.orderSequences.add(mark.sequence);
    else if (mark.type === 'withdrawn' && mark.touchKey) withdrawn.add(mark.touchKey);
    else if (mark.type === 'touch' && mark.touchKey) history.touches.set(mark.touchKey, { sequence: mark.sequence, at: mark.at });
  }
  for (const key of withdrawn) history.touches.delete(key);
  return history;
}

/** What the cadence engine may know about the customer at this sequence: only earlier orders count. */
export function customerFactsAt(history: CustomerHistory | undefined, sequence: number): CustomerFacts {
  if (!history) return { ordinal: 1, lastTouchedAt: null };
  let earlier = 0;
  for (const s of history.orderSequences) if (s < sequence) earlier++;
  let last: Date | null = null;
  for (const t of history.touches.values()) {
    if (t.sequence < sequence && (!last || t.at > last)) last = t.at;
  }
  return { ordinal: earlier + 1, lastTouchedAt: last };
}
