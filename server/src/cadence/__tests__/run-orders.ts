import {decideTouches} from '../decide';
import {DEFAULT_CADENCE_SETTINGS, DEFAULT_RULES} from '../defaults';
import type {
  CadenceInput,
  CadenceRule,
  CadenceSettings,
  CadenceState,
  CustomerFacts,
  OrderFacts,
  TouchDecision,
} from '../types';

export const defaultRules = (): CadenceRule[] =>
  DEFAULT_RULES.map((r) => ({
    id: r.key,
    kind: r.kind,
    type: r.type,
    n: r.n,
    priority: r.priority,
    enabled: true,
    conditions: {},
  }));

export const emptyState = (): CadenceState => ({pending: [], daily: []});

/** An eligible web order from a first-time customer who consents to email; `over` changes facts. */
export function order(sequence: number, over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderGid: `gid://shopify/Order/${sequence}`,
    sequence,
    createdAt: new Date(Date.UTC(2026, 10, 1, 12) + sequence * 60_000),
    totalPrice: 40,
    currency: 'GBP',
    sourceName: 'web',
    countryCode: 'GB',
    customerGid: `gid://shopify/Customer/${sequence}`,
    customerTags: [],
    hasEmail: true,
    acceptsMarketing: true,
    cancelled: false,
    ...over,
  };
}

/** One step's input with the test defaults, for tests that call decideTouches directly. */
export function stepInput(sequence: number, over: Partial<CadenceInput> = {}): CadenceInput {
  return {
    order: order(sequence),
    customer: {ordinal: 1, lastTouchedAt: null},
    rules: defaultRules(),
    settings: DEFAULT_CADENCE_SETTINGS,
    state: emptyState(),
    trailingVolume: {orders: 0, days: 0},
    day: '2026-11-01',
    ...over,
  };
}

export interface Step {
  sequence: number;
  touches: TouchDecision[];
}

export interface RunOptions {
  /** First sequence of the run (default 1). */
  from?: number;
  rules?: CadenceRule[];
  settings?: Partial<CadenceSettings>;
  order?: (seq: number) => Partial<OrderFacts>;
  customer?: (seq: number) => Partial<CustomerFacts>;
  day?: (seq: number) => string;
  trailing?: {orders: number; days: number};
  state?: CadenceState;
}

/** Runs `count` orders through the engine in sequence order, carrying the state like the runner does. */
export function run(count: number, opts: RunOptions = {}) {
  let state = opts.state ?? emptyState();
  const steps: Step[] = [];
  const from = opts.from ?? 1;
  for (let seq = from; seq < from + count; seq++) {
    const out = decideTouches({
      ...stepInput(seq),
      order: order(seq, opts.order?.(seq)),
      customer: {ordinal: 1, lastTouchedAt: null, ...opts.customer?.(seq)},
      rules: opts.rules ?? defaultRules(),
      settings: {...DEFAULT_CADENCE_SETTINGS, ...opts.settings},
      state,
      trailingVolume: opts.trailing ?? {orders: 0, days: 0},
      day: opts.day?.(seq) ?? '2026-11-01',
    });
    state = out.state;
    if (out.touches.length) steps.push({sequence: seq, touches: out.touches});
  }
  const withSequence = (status: TouchDecision['status']) =>
    steps.flatMap((s) =>
      s.touches.filter((t) => t.status === status).map((t) => ({...t, sequence: s.sequence})),
    );
  return {steps, open: withSequence('open'), skipped: withSequence('skipped'), state};
}

export const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>(
    (acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc),
    {},
  );

/** Freezes a value all the way down, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
