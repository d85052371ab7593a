import type {Connection} from 'mongoose';
import {defineShopModel} from '../shops/shop.model';
import {defineRuleModel} from '../rules/rule.model';
import {defineTouchModels} from '../touches/touch.model';
import {defineWebhookEventModel} from '../intake/webhook-event.model';
import {defineOrderModels} from '../intake/order.model';
import {defineCountingModels} from '../counting/counting.model';
import {defineJobModel} from '../jobs/job.model';
import {defineReconciliationModel} from '../reconciliation/reconciliation.model';
import {defineStaffModels} from '../staff/staff.model';
import {defineGiftModels} from '../gifts/gift-card.model';
import {defineEmailModel} from '../email/email.model';

/** Every model, bound to one connection. */
export function createModels(conn: Connection) {
  return {
    Shop: defineShopModel(conn),
    Rule: defineRuleModel(conn),
    ...defineTouchModels(conn),
    WebhookEvent: defineWebhookEventModel(conn),
    ...defineOrderModels(conn),
    Job: defineJobModel(conn),
    ReconciliationCursor: defineReconciliationModel(conn),
    ...defineCountingModels(conn),
    ...defineStaffModels(conn),
    ...defineGiftModels(conn),
    ...defineEmailModel(conn),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Builds every index now (tests and start-up), instead of lazily on first use. */
export async function syncIndexes(models: Models): Promise<void> {
  await Promise.all(Object.values(models).map((model) => model.init()));
}
