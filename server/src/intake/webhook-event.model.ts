import {Schema, type Connection, type Model} from 'mongoose';

/**
 * One webhook event, inserted before the app answers 2xx. Shopify delivers at least once:
 * `_id` = `<shop>|<topic>|<X-Shopify-Event-Id, else X-Shopify-Webhook-Id>`, so a redelivery
 * collides on insert. Handlers are idempotent, so a redelivery is simply processed again:
 * that finishes any delivery whose processing was cut short by a crash.
 */
export interface WebhookEventDoc {
  _id: string;
  shop: string;
  topic: string;
  webhookId: string;
  eventId: string | null;
  apiVersion: string;
  triggeredAt: Date | null;
  /** The order or customer the event is about (for redaction), never the payload. */
  subjectGid: string | null;
  createdAt: Date;
}

const eventSchema = new Schema<WebhookEventDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    topic: {type: String, required: true},
    webhookId: {type: String, required: true},
    eventId: {type: String, default: null},
    apiVersion: {type: String, required: true},
    triggeredAt: {type: Date, default: null},
    subjectGid: {type: String, default: null},
  },
  {versionKey: false, timestamps: {createdAt: true, updatedAt: false}},
);
eventSchema.index({shop: 1, createdAt: 1});

export type WebhookEventModel = Model<WebhookEventDoc>;

export function defineWebhookEventModel(conn: Connection): WebhookEventModel {
  return conn.model<WebhookEventDoc>('WebhookEvent', eventSchema, 'webhook_events');
}
