import {createHmac, randomUUID} from 'node:crypto';

export interface DeliveryOptions {
  /** Extra deliveries of the same event (Shopify delivers at least once). */
  duplicates?: number;
  /** Hold the delivery back this long (late and out-of-order delivery). */
  delayMs?: number;
  /** Never deliver it (a missed webhook, for reconciliation to find). */
  drop?: boolean;
}

export interface DeliveryRecord {
  topic: string;
  shop: string;
  eventId: string;
  webhookId: string;
  attempt: number;
  status: number | 'network_error';
}

export interface WebhookSenderOptions {
  apiSecret: string;
  apiVersion: string;
  /** Where the app listens (its POST /api/webhooks); may be set once the app is up. */
  appUrl?: string;
  /**
   * Delays between retries after a non-2xx or no answer. Shopify retries 8 times over 4 hours;
   * locally the same schedule is compressed.
   * https://shopify.dev/docs/apps/build/webhooks/troubleshooting-webhooks#retry-frequency
   */
  retryDelaysMs?: number[];
}

/** Fires webhooks at the app exactly as Shopify signs and addresses them. */
export function createWebhookSender(opts: WebhookSenderOptions) {
  const log: DeliveryRecord[] = [];
  const retryDelays = opts.retryDelaysMs ?? [250, 500, 1000, 2000, 4000, 8000, 16000, 32000];
  const inFlight = new Set<Promise<void>>();
  let appUrl = opts.appUrl;

  async function attemptOnce(
    shop: string,
    topic: string,
    body: string,
    eventId: string,
    webhookId: string,
    attempt: number,
  ) {
    const headers = {
      'content-type': 'application/json',
      'x-shopify-topic': topic,
      'x-shopify-hmac-sha256': createHmac('sha256', opts.apiSecret)
        .update(body, 'utf8')
        .digest('base64'),
      'x-shopify-shop-domain': shop,
      'x-shopify-api-version': opts.apiVersion,
      'x-shopify-webhook-id': webhookId,
      'x-shopify-event-id': eventId,
      'x-shopify-triggered-at': new Date().toISOString(),
    };
    let status: number | 'network_error';
    try {
      const res = await fetch(`${appUrl}/api/webhooks`, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(5000),
      });
      await res.arrayBuffer();
      status = res.status;
    } catch {
      status = 'network_error';
    }
    log.push({topic, shop, eventId, webhookId, attempt, status});
    return typeof status === 'number' && status >= 200 && status < 300;
  }

  /** One delivery with Shopify's retries; the same webhook id on every retry. */
  async function deliverWithRetries(shop: string, topic: string, body: string, eventId: string) {
    const webhookId = randomUUID();
    for (let attempt = 0; attempt <= retryDelays.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, retryDelays[attempt - 1]));
      if (await attemptOnce(shop, topic, body, eventId, webhookId, attempt)) return;
    }
  }

  /** Sends an event (and its duplicates); resolves when scheduled, `settled()` waits for delivery. */
  function send(shop: string, topic: string, body: string, o: DeliveryOptions = {}): void {
    if (!appUrl) throw new Error('webhook sender: the app URL is not set');
    if (o.drop) return;
    const eventId = randomUUID();
    for (let i = 0; i <= (o.duplicates ?? 0); i++) {
      const run = (async () => {
        if (o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
        await deliverWithRetries(shop, topic, body, eventId);
      })();
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    }
  }

  return {
    send,
    log,
    setAppUrl: (url: string) => void (appUrl = url),
    /** Waits until every scheduled delivery (retries included) is over. */
    async settled() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
  };
}

export type WebhookSender = ReturnType<typeof createWebhookSender>;
