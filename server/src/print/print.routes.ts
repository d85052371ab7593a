import {Router, type NextFunction, type Response} from 'express';
import {parseWith} from '../util/parse-json';
import type {PrintLinks} from './print-links';
import {fitSchema, linkSchema, stickersSchema, testSheetQuery} from './print.schema';
import type {PrintService} from './print.service';
import {queueQuerySchema} from './queue';

type Deps = {print: PrintService; printLinks: PrintLinks};
type Run = Awaited<ReturnType<PrintService['claim']>>;

/** Streams the PDF; a failure after the first byte can only cut the response (the error is logged). */
async function sendPdf(print: PrintService, run: Run, res: Response): Promise<void> {
  res.status(200).set({
    'Content-Type': 'application/pdf',
    'Content-Disposition': 'inline; filename="human-touch-stickers.pdf"',
    'Cache-Control': 'no-store',
    'X-Printed-Count': String(run.labels.length),
    'X-Skipped-Already-Printed': String(run.skipped),
  });
  await print.render(run, res);
}

const fail = (res: Response, next: NextFunction) => (error: unknown) => {
  if (res.headersSent) res.destroy();
  next(error);
};

/** /api/print/*: sticker PDFs, signed links for the admin's print actions, the warehouse queue, fit checks, a calibration sheet, the stocks. */
export function printRouter({print, printLinks}: Deps): Router {
  const router = Router();
  router.post('/api/print/stickers', async (req, res, next) => {
    try {
      const plan = await print.plan(res.locals.shop, parseWith(stickersSchema, req.body));
      await sendPdf(print, await print.claim(res.locals.shop, plan, res.locals.userId), res);
    } catch (error) {
      fail(res, next)(error);
    }
  });
  router.post('/api/print/links', async (req, res, next) => {
    try {
      res
        .status(201)
        .json(
          await printLinks.create(
            res.locals.shop,
            res.locals.userId,
            parseWith(linkSchema, req.body),
          ),
        );
    } catch (error) {
      next(error);
    }
  });
  router.post('/api/print/fit', async (req, res) => {
    res.json(await print.fit(res.locals.shop, parseWith(fitSchema, req.body)));
  });
  router.get('/api/print/test-sheet', async (req, res, next) => {
    try {
      const render = await print.testSheet(
        res.locals.shop,
        parseWith(testSheetQuery, req.query).stock,
      );
      res.status(200).set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'inline; filename="human-touch-test-sheet.pdf"',
        'Cache-Control': 'no-store',
      });
      await render(res);
    } catch (error) {
      fail(res, next)(error);
    }
  });
  router.get('/api/print/queue', async (req, res, next) => {
    try {
      res.json(await print.queue(res.locals.shop, parseWith(queueQuerySchema, req.query)));
    } catch (error) {
      next(error);
    }
  });
  router.get('/api/print/stocks', async (_req, res) => {
    res.json(await print.stocks(res.locals.shop));
  });
  return router;
}

/**
 * GET /print/links/:token — outside /api: no session token, the link's signature is the credential
 * (print-links.ts). Shopify admin's print action loads it.
 */
export function printLinksRouter({print, printLinks}: Deps): Router {
  const router = Router();
  router.get('/print/links/:token', async (req, res, next) => {
    try {
      const {grant, plan} = await printLinks.open(String(req.params.token), req.query.shop);
      await sendPdf(print, await print.claim(grant.shop, plan, grant.userId), res);
    } catch (error) {
      fail(res, next)(error);
    }
  });
  return router;
}
