import {
  customerCompliancePayloadSchema,
  shopRedactPayloadSchema,
  type CustomerCompliancePayload,
} from '../intake/compliance-payload';
import {parseWith} from '../util/parse-json';
import type {IntakeDeps} from '../intake/deps';
import type {TopicHandler} from '../intake/types';

export const customerGidOf = (id: string) => `gid://shopify/Customer/${id}`;
export const orderGidOf = (id: string) => `gid://shopify/Order/${id}`;

/** Compliance topics are acknowledged once stored and done by the job worker (Shopify allows 30 days). */
function enqueueing(deps: IntakeDeps, type: string): TopicHandler<CustomerCompliancePayload> {
  return {
    parse: (json) => parseWith(customerCompliancePayloadSchema, json),
    subject: (p) => customerGidOf(p.customer.id),
    ignoreWhenUninstalled: false,
    async process({shop, payload, eventKey}) {
      await deps.jobs.enqueue({shop, type, uniqueKey: `webhook:${eventKey}`, payload});
    },
  };
}

export const customersDataRequestHandler = (deps: IntakeDeps) =>
  enqueueing(deps, 'privacy.data_request');
export const customersRedactHandler = (deps: IntakeDeps) =>
  enqueueing(deps, 'privacy.customer_redact');

export function shopRedactHandler(deps: IntakeDeps): TopicHandler<{shop_domain: string}> {
  return {
    parse: (json) => parseWith(shopRedactPayloadSchema, json),
    subject: () => null,
    ignoreWhenUninstalled: false,
    async process({shop, eventKey}) {
      await deps.jobs.enqueue({
        shop,
        type: 'privacy.shop_redact',
        uniqueKey: `webhook:${eventKey}`,
        payload: {},
      });
    },
  };
}
