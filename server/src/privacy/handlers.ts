import {
  customerCompliancePayloadSchema,
  shopRedactPayloadSchema,
  type CustomerCompliancePayload,
} from '../intake/compliance-payload';
import {parseWith} from '../util/parse-json';
import {BadRequestError} from '../errors';
import type {IntakeDeps} from '../intake/deps';
import type {TopicHandler} from '../intake/types';

export const customerGidOf = (id: string) => `gid://shopify/Customer/${id}`;
export const orderGidOf = (id: string) => `gid://shopify/Order/${id}`;

/** A compliance body about another shop than the signed header's is refused: it changes nothing. */
function sameShop<P extends {shop_domain: string}>(p: P, shop: string): P {
  if (p.shop_domain.toLowerCase() !== shop.toLowerCase())
    throw new BadRequestError('shop_domain in the body is not the X-Shopify-Shop-Domain shop', {
      fields: {shop_domain: ['must be the shop the webhook is for']},
    });
  return p;
}

/** Compliance topics are acknowledged once stored and done by the job worker (Shopify allows 30 days). */
function enqueueing(deps: IntakeDeps, type: string): TopicHandler<CustomerCompliancePayload> {
  return {
    parse: (json, shop) => sameShop(parseWith(customerCompliancePayloadSchema, json), shop),
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
    parse: (json, shop) => sameShop(parseWith(shopRedactPayloadSchema, json), shop),
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
