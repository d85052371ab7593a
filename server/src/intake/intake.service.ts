import {isDuplicateKey} from '../db/connect';
import {BadRequestError, NotFoundError} from '../errors';
import type {IntakeDeps} from './deps';
import {parseJson} from '../util/parse-json';
import {createTopicHandlers} from './topics';
import type {IntakeOutcome, WebhookDelivery} from './types';

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

/**
 * Webhook intake: parse, store the event, then run the topic's idempotent handler. The
 * caller answers 2xx only when this resolves, i.e. after the event is durably stored and
 * processed; any throw makes Shopify deliver again.
 */
export function createIntakeService(deps: IntakeDeps) {
  const handlers = createTopicHandlers(deps);
  const {models, metrics, shops} = deps;

  async function storeEvent(
    d: WebhookDelivery,
    eventKey: string,
    subjectGid: string | null,
  ): Promise<boolean> {
    try {
      await models.WebhookEvent.create({
        _id: eventKey,
        shop: d.shop,
        topic: d.topic,
        webhookId: d.webhookId,
        eventId: d.eventId,
        apiVersion: d.apiVersion,
        triggeredAt: d.triggeredAt,
        subjectGid,
      });
      return false;
    } catch (error) {
      if (isDuplicateKey(error)) return true;
      throw error;
    }
  }

  /** True when the shop uninstalled the app before this event was triggered. */
  async function uninstalledAt(shop: string, triggeredAt: Date | null): Promise<boolean> {
    const doc = await shops.getShop(shop);
    if (!doc?.uninstalledAt) return false;
    if (triggeredAt && triggeredAt > doc.uninstalledAt) {
      await shops.markReinstalled(shop); // only an installed app receives events triggered after uninstall
      return false;
    }
    return true;
  }

  async function receive(d: WebhookDelivery): Promise<IntakeOutcome> {
    const handler = handlers[d.topic];
    if (!handler) throw new NotFoundError(`No handler for webhook topic ${d.topic}`);
    if (!SHOP_DOMAIN.test(d.shop))
      throw new BadRequestError('X-Shopify-Shop-Domain is not a myshopify.com domain');
    const payload = handler.parse(parseJson(d.rawBody), d.shop);
    const eventKey = `${d.shop}|${d.topic}|${d.eventId ?? d.webhookId}`;
    const duplicate = await storeEvent(d, eventKey, handler.subject(payload));
    metrics.webhooksReceived.inc({topic: d.topic});
    if (duplicate) metrics.webhooksDuplicate.inc({topic: d.topic});
    if (handler.ignoreWhenUninstalled && (await uninstalledAt(d.shop, d.triggeredAt)))
      return 'ignored';
    await handler.process({shop: d.shop, payload, delivery: d, duplicate, eventKey});
    return duplicate ? 'duplicate' : 'processed';
  }

  return {receive, topics: Object.keys(handlers)};
}

export type IntakeService = ReturnType<typeof createIntakeService>;
