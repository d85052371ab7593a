import {Router, type NextFunction, type Response} from 'express';
import {parseWith} from '../util/parse-json';
import type {PrintLinks} from './print-links';
import {
  fitSchema,
  linkSchema,
  nextLabelSchema,
  stickersSchema,
  testSheetQuery,
} from './print.schema';
import type {PrintService} from './print.service';
import {writeListQuery, type WriteList} from './write-list.service';
import {queueQuerySchema} from './queue';

type Deps = {print: PrintService; printLinks: PrintLinks};
type ListDeps = Deps & {writeList: WriteList};
type Run = Awaited<ReturnType<PrintService['claim']>>;

/**
 * Hands the run's PDF over. Its stickers count as printed only once every byte was sent: a client
 * gone before then puts the marks back (nothing printed is lost); once sent, the next free label
 * on the sheet is kept for the shop.
 */
function sendPdf(print: PrintService, run: Run, res: Response): void {
  res.on('close', () => {
    const done = res.writableFinished ? print.handedOver(run) : print.notHandedOver(run);
    void done.catch(() => undefined);
  });
  res
    .status(200)
    .set({
      'Content-Type': 'application/pdf',
      'Content-Length': String(run.pdf.length),
      'Content-Disposition': 'inline; filename="human-touch-stickers.pdf"',
      'Cache-Control': 'no-store',
      'X-Printed-Count': String(run.labels),
      'X-Skipped-Already-Printed': String(run.skipped),
    })
    .end(run.pdf);
}

const fail = (res: Response, next: NextFunction) => (error: unknown) => {
  if (res.headersSent) res.destroy();
  next(error);
};

/** /api/print/*: sticker PDFs, signed links for the admin's print actions, the warehouse queue, fit checks, a calibration sheet, the stocks. */
export function printRouter({print, printLinks, writeList}: ListDeps): Router {
  const router = Router();
  router.post('/api/print/stickers', async (req, res, next) => {
    try {
      const plan = await print.plan(res.locals.shop, parseWith(stickersSchema, req.body));
      sendPdf(print, await print.claim(res.locals.shop, plan, res.locals.userId), res);
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
  router.put('/api/print/next-label', async (req, res) => {
    res.json(await print.setNextLabel(res.locals.shop, parseWith(nextLabelSchema, req.body)));
  });
  /** The writing desk's list of cards and labels to write by pen (PDF); marks nothing. */
  router.get('/api/print/write-list', async (req, res, next) => {
    try {
      const query = parseWith(writeListQuery, req.query);
      res.status(200).set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'inline; filename="human-touch-write-list.pdf"',
        'Cache-Control': 'no-store',
      });
      await writeList.render(res.locals.shop, query, res);
    } catch (error) {
      fail(res, next)(error);
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
      sendPdf(print, await print.claim(grant.shop, plan, grant.userId), res);
    } catch (error) {
      fail(res, next)(error);
    }
  });
  return router;
}
