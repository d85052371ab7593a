import {z} from 'zod';

const id = z.union([z.number(), z.string()]).transform(String);

/** customers/data_request and customers/redact (https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance). */
export const customerCompliancePayloadSchema = z.object({
  shop_domain: z.string().min(1),
  // Only the id is kept: the email and phone Shopify sends along are never stored.
  customer: z.object({id}).transform(({id}) => ({id})),
  orders_requested: z.array(id).optional(),
  orders_to_redact: z.array(id).optional(),
  data_request: z.object({id}).optional(),
});

/** shop/redact, sent 48 hours after uninstall. */
export const shopRedactPayloadSchema = z.object({shop_domain: z.string().min(1)});

export type CustomerCompliancePayload = z.infer<typeof customerCompliancePayloadSchema>;
