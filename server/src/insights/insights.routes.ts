import {Router} from 'express';
import {z} from 'zod';
import {parseWith} from '../util/parse-json';
import type {Insights} from './insights.service';
import type {TouchExport} from './export';
import type {Models} from '../db/models';
import type {ShopsService} from '../shops';
import {questionGroups, type QuestionWindow} from './questions';
import {teamWeeks} from './team';
import type {WindowDays} from './types';

export const insightsQuerySchema = z.strictObject({
  window: z
    .enum(['30', '60', '90', '180'])
    .default('60')
    .transform((w) => Number(w) as WindowDays),
});

export const teamQuerySchema = z.strictObject({
  weeks: z.coerce.number().int().min(1).max(26).default(8),
});

const questionsQuerySchema = z.strictObject({
  days: z
    .enum(['30', '90'])
    .default('30')
    .transform((d) => Number(d) as QuestionWindow),
});

/** GET /api/insights — does the human touch pay off? (docs/API.md, docs/INSIGHTS.md); /team — who did how many. */
export function insightsRouter({
  insights,
  models,
  shops,
}: {
  insights: Insights;
  models: Models;
  shops: ShopsService;
}): Router {
  const router = Router();
  router.get('/api/insights/team', async (req, res) => {
    const {weeks} = parseWith(teamQuerySchema, req.query);
    res
      .set('Cache-Control', 'no-store')
      .json(await teamWeeks({models, shops}, res.locals.shop, weeks));
  });
  // What customers keep asking (issue 22): questions grouped by product and wording.
  router.get('/api/insights/questions', async (req, res) => {
    const {days} = parseWith(questionsQuerySchema, req.query);
    res
      .set('Cache-Control', 'no-store')
      .json(await questionGroups({models}, res.locals.shop, days));
  });
  router.get('/api/insights', async (req, res) => {
    const {window} = parseWith(insightsQuerySchema, req.query);
    res.set('Cache-Control', 'no-store').json(await insights.report(res.locals.shop, window));
  });
  return router;
}

/** GET /api/exports/touches.csv — every touch with its outcome, streamed. */
export function exportsRouter({touchExport}: {touchExport: TouchExport}): Router {
  const router = Router();
  router.get('/api/exports/touches.csv', async (req, res, next) => {
    try {
      parseWith(z.strictObject({}), req.query);
      const shop: string = res.locals.shop;
      const day = new Date().toISOString().slice(0, 10);
      res.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="human-touch-touches-${shop.replace(/\.myshopify\.com$/, '')}-${day}.csv"`,
        'Cache-Control': 'no-store',
        'X-Total-Rows': String(await touchExport.count(shop)),
        'Access-Control-Expose-Headers': 'X-Total-Rows, Content-Disposition',
      });
      await touchExport.write(shop, res);
    } catch (error) {
      // Once rows are out, a failure can only cut the file short; the client sees fewer rows than promised.
      if (res.headersSent) res.destroy();
      else next(error);
    }
  });
  return router;
}
