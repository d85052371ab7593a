import {Router} from 'express';
import {z} from 'zod';
import {simulate, type CadenceRule, type OrderFacts} from '../cadence';
import type {Models} from '../db/models';
import {localDay} from '../counting/local-day';
import type {OrderSequenceDoc} from '../counting/counting.model';
import {parseWith} from '../util/parse-json';
import {settingsPatchSchema, type ShopsService} from '../shops';
import {ruleSchema} from './rule.schema';

const WHAT_IF_DAYS = 7;

export const simulateSchema = z.strictObject({
  /** The rule set to try (unsaved); omitted = the shop's saved rules. */
  rules: z.array(ruleSchema).max(50).optional(),
  settings: settingsPatchSchema.optional(),
  days: z.number().int().min(7).max(90).default(30),
  /** What if the shop had this many orders a day (the real orders' mix, new customers). */
  dailyVolume: z.number().int().min(1).max(2000).optional(),
});

function factsOf(doc: OrderSequenceDoc): OrderFacts {
  const f = doc.facts;
  return {
    orderGid: f.orderGid,
    sequence: doc.sequence,
    createdAt: new Date(f.orderCreatedAt),
    totalPrice: f.totalPrice,
    currency: f.currency,
    sourceName: f.sourceName,
    countryCode: f.countryCode,
    customerGid: f.customerGid,
    customerTags: f.customerTags ?? [],
    hasEmail: f.hasEmail,
    acceptsMarketing: f.acceptsMarketing,
    cancelled: false,
  };
}

/** A what-if stream: `perDay` orders a day for `days` days, shaped like the shop's real ones. */
function whatIf(real: OrderFacts[], perDay: number, days: number, start: Date): OrderFacts[] {
  const template: OrderFacts = real[0] ?? {
    orderGid: '',
    sequence: 0,
    createdAt: start,
    totalPrice: 40,
    currency: '',
    sourceName: 'web',
    countryCode: null,
    customerGid: null,
    customerTags: [],
    hasEmail: true,
    acceptsMarketing: true,
    cancelled: false,
  };
  return Array.from({length: perDay * days}, (_, i) => {
    const like = real.length ? real[i % real.length]! : template;
    const at = new Date(
      start.getTime() +
        Math.floor(i / perDay) * 86_400_000 +
        (i % perDay) * Math.floor(86_400_000 / perDay),
    );
    return {
      ...like,
      orderGid: `whatif:${i}`,
      sequence: i + 1,
      createdAt: at,
      customerGid: `whatif-customer:${i}`,
    };
  });
}

/** POST /api/rules/simulate — the "do your own math" simulator, for the token's shop. */
export function simulateRouter({models, shops}: {models: Models; shops: ShopsService}): Router {
  const router = Router();
  router.post('/api/rules/simulate', async (req, res) => {
    const shop = res.locals.shop;
    const input = parseWith(simulateSchema, req.body ?? {});
    const settings = {...(await shops.ensureShop(shop)), ...input.settings};
    const rules = input.rules
      ? input.rules.map(
          (r, i) => ({...r, id: `candidate-${i}`}) as CadenceRule & {giftAmount?: number},
        )
      : (await models.Rule.find({shop}).lean()).map(
          (r) =>
            ({...r, id: String(r._id), conditions: r.conditions ?? {}}) as CadenceRule & {
              giftAmount?: number;
            },
        );
    const since = new Date(Date.now() - input.days * 86_400_000);
    const docs = await models.OrderSequence.find({
      shop,
      'facts.orderCreatedAt': {$gte: since},
    }).lean<OrderSequenceDoc[]>();
    const real = docs.sort((a, b) => a.sequence - b.sequence).map(factsOf);
    // A what-if stream is synthetic: a week of it gives the same daily averages as a month, at a
    // quarter of the work (the engine runs on the request's thread; 2,000 a day for 7 days ≈ 1.5 s).
    const days = input.dailyVolume ? Math.min(input.days, WHAT_IF_DAYS) : input.days;
    const orders = input.dailyVolume ? whatIf(real, input.dailyVolume, days, since) : real;
    const result = simulate({
      orders,
      rules,
      settings,
      days,
      dayOf: (o) => localDay(o.createdAt, settings.timezone),
    });
    res.json({basis: input.dailyVolume ? 'what_if' : 'recent_orders', ...result});
  });
  return router;
}
