/**
 * Failures the stand-in can be told to produce, for the tests of what Shopify does on a bad day:
 * an HTTP error before the operation runs (nothing happened), or after it ran (it happened, but
 * the app never heard): the case where only an idempotent design avoids a doubled gift card.
 */
export interface Fault {
  /** The GraphQL operation name it applies to (`GiftCardCreate`); any operation when unset. */
  operationName?: string;
  /** HTTP status to answer (e.g. 503, 500, 502); ignored for `throttled`. */
  status?: number;
  /** Answer THROTTLED as Shopify does when the cost bucket is empty (HTTP 200, nothing run). */
  throttled?: boolean;
  /** How many matching requests fail. */
  times: number;
  /** Run the operation, then answer the error anyway. */
  afterExecute?: boolean;
  /** Answer this much later (a slow Shopify); with neither `status` nor `throttled`, it then runs normally. */
  delayMs?: number;
}

export function createFaults() {
  const pending: Fault[] = [];
  return {
    inject(fault: Fault) {
      const slowOnly = fault.status === undefined && !fault.throttled && Number(fault.delayMs) > 0;
      if (
        !slowOnly &&
        !fault.throttled &&
        (!Number.isInteger(fault.status) || fault.status! < 400 || fault.status! > 599)
      )
        throw new Error('status must be an HTTP error status');
      if (
        fault.delayMs !== undefined &&
        !(Number(fault.delayMs) >= 0 && Number(fault.delayMs) <= 60_000)
      )
        throw new Error('delayMs must be 0..60000');
      pending.push({...fault, times: Math.max(1, Math.floor(fault.times))});
    },
    /** The fault this request meets, if any (consumes one of its `times`). */
    take(operationName: string | undefined): Fault | null {
      const i = pending.findIndex((f) => !f.operationName || f.operationName === operationName);
      if (i < 0) return null;
      const fault = pending[i]!;
      if (--fault.times <= 0) pending.splice(i, 1);
      return fault;
    },
    clear: () => void pending.splice(0),
  };
}

export type Faults = ReturnType<typeof createFaults>;
