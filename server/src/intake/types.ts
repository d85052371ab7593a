/** A verified delivery, as the webhook route hands it to the intake service. */
export interface WebhookDelivery {
  shop: string;
  /** Shopify's topic header, e.g. `orders/create`. */
  topic: string;
  webhookId: string;
  eventId: string | null;
  apiVersion: string;
  triggeredAt: Date | null;
  rawBody: string;
}

export interface HandlerContext<P> {
  shop: string;
  payload: P;
  delivery: WebhookDelivery;
  /** The event document was already stored: a redelivery. */
  duplicate: boolean;
  eventKey: string;
}

/** How one topic is handled. `process` must be idempotent: redeliveries run it again. */
export interface TopicHandler<P = unknown> {
  /** The body as the handler reads it; `shop` is the verified X-Shopify-Shop-Domain. */
  parse(json: unknown, shop: string): P;
  /** The order or customer GID the event is about. */
  subject(payload: P): string | null;
  /** Order topics are ignored for an uninstalled shop; compliance and lifecycle topics never are. */
  ignoreWhenUninstalled: boolean;
  process(ctx: HandlerContext<P>): Promise<void>;
}

export type IntakeOutcome = 'processed' | 'duplicate' | 'ignored';
