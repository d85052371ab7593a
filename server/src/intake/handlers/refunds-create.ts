import {z} from 'zod';
import {insertIgnoringDuplicates} from '../../db/insert-many';
import {orderKey} from '../order.model';
import {parseWith} from '../../util/parse-json';
import type {IntakeDeps} from '../deps';
import type {TopicHandler} from '../types';

const money = z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number()]).transform(Number);

const currency = z.string().max(8).nullish();
const bag = z
  .object({
    shop_money: z.object({amount: money, currency_code: currency}),
    presentment_money: z.object({amount: money, currency_code: currency}),
  })
  .nullish();

// https://shopify.dev/docs/api/webhooks?reference=toml#list-of-topics-refunds/create — the REST
// Refund: order_id as digits, transactions of kind "refund" carry the money given back, in the
// currency the customer paid in (`currency`; null means the shop's). The refunded lines carry
// both shop and presentment money, which gives the exchange rate when the two differ.
const refundSchema = z.object({
  admin_graphql_api_id: z
    .string()
    .regex(/^gid:\/\/shopify\/Refund\/\d+$/, 'an Admin API Refund GID'),
  order_id: z.union([z.string().regex(/^\d+$/), z.number().int().positive()]),
  created_at: z.iso.datetime({offset: true}).nullish(),
  transactions: z
    .array(
      z.object({
        kind: z.string().max(40),
        status: z.string().max(40).nullish(),
        amount: money,
        currency,
      }),
    )
    .max(1000)
    .default([]),
  refund_line_items: z
    .array(z.object({subtotal_set: bag, total_tax_set: bag}))
    .max(5000)
    .nullish()
    .catch(null),
});

type RefundPayload = z.infer<typeof refundSchema>;
type Refund = {
  refundGid: string;
  orderGid: string;
  amount: number;
  currency: string | null;
  presentmentAmount: number;
  presentmentCurrency: string | null;
  refundedAt: Date;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The refund in the shop's money: the transactions' total when they are in the shop's currency,
 * else converted at the refunded lines' own rate (shop money ÷ presentment money). Null when
 * neither can be known (a refund of no lines in a foreign currency): never a mixed sum.
 */
export function shopMoneyOf(
  p: RefundPayload,
): Omit<Refund, 'refundGid' | 'orderGid' | 'refundedAt'> {
  const given = p.transactions.filter(
    (t) => t.kind === 'refund' && (t.status ?? 'success') === 'success',
  );
  const paidIn = given.find((t) => t.currency)?.currency?.toUpperCase() ?? null;
  const presentmentAmount = round2(given.reduce((sum, t) => sum + t.amount, 0));
  const sets = (p.refund_line_items ?? []).flatMap((l) => [l.subtotal_set, l.total_tax_set]);
  const shopCurrency =
    sets.find((s) => s?.shop_money.currency_code)?.shop_money.currency_code?.toUpperCase() ?? null;
  const shopSum = sets.reduce((sum, s) => sum + (s?.shop_money.amount ?? 0), 0);
  const presentmentSum = sets.reduce((sum, s) => sum + (s?.presentment_money.amount ?? 0), 0);
  const inShopCurrency = paidIn === null || shopCurrency === null || paidIn === shopCurrency;
  const amount = inShopCurrency
    ? presentmentAmount
    : presentmentSum > 0
      ? round2((presentmentAmount * shopSum) / presentmentSum)
      : null;
  return {
    amount: amount ?? 0,
    currency: amount === null ? null : (shopCurrency ?? paidIn),
    presentmentAmount,
    presentmentCurrency: paidIn ?? shopCurrency,
  };
}

/** refunds/create: keep what was given back, so the outcome comparison counts revenue net of refunds. */
export function refundsCreateHandler(deps: IntakeDeps): TopicHandler<Refund> {
  return {
    parse: (json) => {
      const p = parseWith(refundSchema, json);
      return {
        refundGid: p.admin_graphql_api_id,
        orderGid: `gid://shopify/Order/${p.order_id}`,
        ...shopMoneyOf(p),
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
