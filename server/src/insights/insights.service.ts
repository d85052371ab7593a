import type {Models} from '../db/models';
import type {ShopsService} from '../shops';
import {cohortEntries, loadCohortData} from './cohorts';
import {summarize} from './summarize';
import {comparePooled} from './pooled';
import {pooledEntries} from './pooled-entries';
import {compareTouchArms} from './arms';
import {compareSegment} from './segments';
import type {WindowDays} from './types';

type Deps = {models: Models; shops: ShopsService};

/** What "a later order" means on the page, in the merchant's words (docs/API.md, the insights route, says the same). */
export function attribution(window: WindowDays, currency: string): string {
  return (
    `A customer counts from the order that got their first touch (or was held out of it); a later order is one ` +
    `they placed within ${window} days after it. Revenue is those orders' totals in ${currency || 'the shop currency'} ` +
    `less refunds; cancelled orders count for nothing. Customers whose ${window} days are not over yet are left out.`
  );
}

/**
 * The outcome comparison of a shop: the pooled headline (picked vs every eligible customer not
 * picked, checked by the holdout), then touched vs held out, overall and per kind (exploratory).
 */
export function createInsights({models, shops}: Deps) {
  async function report(shop: string, window: WindowDays, asOf = new Date()) {
    const settings = await shops.ensureShop(shop);
    const {touches, orders, currency, firedOrders} = await loadCohortData({models}, shop);
    const {byKind, overall} = cohortEntries(touches, orders);
    const data = [touches, orders, firedOrders, settings] as const;
    const pooled = pooledEntries(...data);
    return {
      window,
      asOf: asOf.toISOString(),
      currency,
      holdoutPercent: settings.holdoutPercent,
      attribution: attribution(window, currency),
      pooled: comparePooled(pooled, orders, {window, asOf}),
      touchArms: compareTouchArms(touches, orders, {window, asOf}),
      segments: {
        firstTime: compareSegment(pooledEntries(...data, 'first'), orders, {window, asOf}),
        returning: compareSegment(pooledEntries(...data, 'later'), orders, {window, asOf}),
      },
      groups: summarize([...overall, ...byKind], orders, {window, asOf}),
    };
  }
  return {report};
}

export type Insights = ReturnType<typeof createInsights>;
