import { decideTouches } from '../decide';
import { DEFAULT_CADENCE_SETTINGS, DEFAULT_RULES } from '../defaults';
import type { CadenceRule, CadenceSettings, CadenceState, CustomerFacts, OrderFacts, TouchDecision } from '../types';

export const defaultRules = (): CadenceRule[] =>
  DEFAULT_RULES.map((r) => ({ id: r.key, kind: r.kind, type: r.type, n: r.n, priority: r.priority, enabled: true, conditions: {} }));

export function order(sequence: number, over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderGid: `gid://shopify/Order/${sequence}`, sequence, createdAt: new Date(Date.UTC(2026, 10, 1, 12) + sequence * 60_000),
    totalPrice: 40, currency: 'GBP', sourceName: 'web', countryCode: 'GB', customerGid: `gid://shopify/Customer/${sequence}`,
    customerTags: [], hasEmail: true, acceptsMarketing: true, cancelled: false, ...over,
  };
}

export interface Step {
  sequence: number;
  touches: TouchDecision[];
}

/** Runs orders 1..n through the engine in sequence order, carrying the state like the runner does. */
export function run(n: number, opts: {
  rules?: CadenceRule[];
  settings?: Partial<CadenceSettings>;
  order?: (seq: number) => Partial<OrderFacts>;
  customer?: (seq: number) => Partial<CustomerFacts>;
  day?: (seq: number) => string;
  trailing?: { orders: number; days: number };
  state?: CadenceState;
} = {}) {
  let state: CadenceState = opts.state ?? { pending: [], daily: [] };
  const steps: Step[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const out = decideTouches({
      order: order(seq, opts.order?.(seq)),
      customer: { ordinal: 1, lastTouchedAt: null, ...opts.customer?.(seq) },
      rules: opts.rules ?? defaultRules(),
      settings: { ...DEFAULT_CADENCE_SETTINGS, ...opts.settings },
      state,
      trailingVolume: opts.trailing ?? { orders: 0, days: 0 },
      day: opts.day?.(seq) ?? '2026-11-01',
    });
    state = out.state;
    if (out.touches.length) steps.push({ sequence: seq, touches: out.touches });
  }
  const open = steps.flatMap((s) => s.touches.filter((t) => t.status === 'open').map((t) => ({ ...t, sequence: s.sequence })));
  const skipped = steps.flatMap((s) => s.touches.filter((t) => t.status === 'skipped').map((t) => ({ ...t, sequence: s.sequence })));
  return { steps, open, skipped, state };
}

export const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc), {});
