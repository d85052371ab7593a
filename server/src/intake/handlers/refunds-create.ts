import {z} from 'zod';
import {insertIgnoringDuplicates} from '../../db/insert-many';
import {orderKey} from '../order.model';
import {parseWith} from '../../util/parse-json';
import type {IntakeDeps} from '../deps';
import type {TopicHandler} from '../types';

const money = z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number()]).transform(Number);

// https://shopify.dev/docs/api/webhooks?reference=toml#list-of-topics-refunds/create — the REST
// Refund: order_id as digits, transactions of kind "refund" carry the money given back.
const refundSchema = z.object({
  admin_graphql_api_id: z
    .string()
    .regex(/^gid:\/\/shopify\/Refund\/\d+$/, 'an Admin API Refund GID'),
  order_id: z.union([z.string().regex(/^\d+$/), z.number().int().positive()]),
  created_at: z.iso.datetime({offset: true}).nullish(),
  transactions: z
    .array(
      z.object({kind: z.string().max(40), status: z.string().max(40).nullish(), amount: money}),
    )
    .max(1000)
    .default([]),
});

type Refund = {refundGid: string; orderGid: string; amount: number; refundedAt: Date};

/** refunds/create: keep what was given back, so the outcome comparison counts revenue net of refunds. */
export function refundsCreateHandler(deps: IntakeDeps): TopicHandler<Refund> {
  return {
    parse: (json) => {
      const p = parseWith(refundSchema, json);
      const given = p.transactions.filter(
        (t) => t.kind === 'refund' && (t.status ?? 'success') === 'success',
      );
      return {
        refundGid: p.admin_graphql_api_id,
        orderGid: `gid://shopify/Order/${p.order_id}`,
        amount: Math.round(given.reduce((sum, t) => sum + t.amount, 0) * 100) / 100,
        refundedAt: p.created_at ? new Date(p.created_at) : new Date(),
      };
    },
    subject: (r) => r.orderGid,
    ignoreWhenUninstalled: true,
    async process({shop, payload}) {
      await deps.shops.ensureShop(shop);
      const {refundGid, ...refund} = payload;
      await insertIgnoringDuplicates(deps.models.OrderRefund, [
        {_id: orderKey(shop, refundGid), shop, ...refund},
      ]);
    },
  };
}
