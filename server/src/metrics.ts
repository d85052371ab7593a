import {Counter, Histogram, Registry, collectDefaultMetrics} from 'prom-client';

/** Prometheus metrics of one app instance (its own registry, so tests can build many apps). */
export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  webhooksReceived: Counter<'topic'>;
  webhooksDuplicate: Counter<'topic'>;
  webhooksRejected: Counter<'reason'>;
  ordersCounted: Counter;
  ordersNotCounted: Counter<'reason'>;
  touchesCreated: Counter<'kind' | 'status'>;
  touchesMissedShipped: Counter<never>;
  jobsFinished: Counter<'type' | 'outcome'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({register: registry});
  const counter = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Counter<L>({name, help, labelNames, registers: [registry]});
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    webhooksReceived: counter('webhooks_received_total', 'Verified webhook deliveries by topic', [
      'topic',
    ]),
    webhooksDuplicate: counter('webhooks_duplicate_total', 'Redelivered webhooks recognised', [
      'topic',
    ]),
    webhooksRejected: counter('webhooks_rejected_total', 'Webhooks refused by reason', ['reason']),
    ordersCounted: counter('orders_counted_total', 'Orders given a sequence number', []),
    ordersNotCounted: counter('orders_not_counted_total', 'Orders stored but not counted', [
      'reason',
    ]),
    touchesCreated: counter('touches_created_total', 'Touches written by kind and status', [
      'kind',
      'status',
    ]),
    touchesMissedShipped: counter(
      'touches_missed_shipped_total',
      'Box touches ended because their order shipped before they were packed',
      [],
    ),
    jobsFinished: counter('jobs_finished_total', 'Background jobs by type and outcome', [
      'type',
      'outcome',
    ]),
  };
}
