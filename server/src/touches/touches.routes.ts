import {Router} from 'express';
import {BadRequestError} from '../errors';
import {parseWith} from '../util/parse-json';
import type {Models} from '../db/models';
import {listQuerySchema, listTouches, toTouchJson} from './list';
import {bulkSchema, bulkTouches, parseTouchId, patchTouch, touchPatchSchema} from './edit';
import {touchDetail} from './detail';
import type {WorkingSet} from './working-set';
import {findTouch} from './archive';
import type {TouchDoc} from './touch.model';
import type {TouchWriter} from './touches.service';
import type {ShopsService} from '../shops';
import {createManualTouch, manualTouchSchema} from './manual';
import {orderTouches, parseOrderId} from './order-touches';

/** What the gift card and email domains add to a touch's detail, and what they do when it is finished. */
export interface TouchExtras {
  detail(shop: string, touch: TouchDoc, archived: boolean): Promise<Record<string, unknown>>;
  finished(shop: string, touch: TouchDoc): Promise<void>;
}

type Deps = {
  models: Models;
  workingSet: WorkingSet;
  touches: TouchWriter;
  shops: ShopsService;
  touchExtras?: TouchExtras;
};

/**
 * The touch queue: list (docs/API.md), one touch in detail, a person's edits, bulk actions;
 * for the admin extensions, an order's touches and a touch given by hand.
 */
export function touchesRouter({models, workingSet, touches, shops, touchExtras}: Deps): Router {
  const deps = {models, workingSet};
  const router = Router();
  router.get('/api/orders/:orderId/touches', async (req, res) => {
    res.json(await orderTouches(deps, res.locals.shop, parseOrderId(String(req.params.orderId))));
  });
  router.post('/api/touches', async (req, res) => {
    const input = parseWith(manualTouchSchema, req.body);
    res
      .status(201)
      .json(await createManualTouch({models, workingSet, touches, shops}, res.locals.shop, input));
  });
  router.get('/api/touches', async (req, res) => {
    const query = parseWith(listQuerySchema, req.query);
    const page = await listTouches(deps, res.locals.shop, query);
    if (!page) throw new BadRequestError('cursor is not one this API returned');
    res.json(page);
  });
  router.post('/api/touches/bulk', async (req, res) => {
    res.json(
      await bulkTouches(deps, res.locals.shop, parseWith(bulkSchema, req.body), res.locals.userId),
    );
  });
  router.get('/api/touches/:id', async (req, res) => {
    const detail = await touchDetail(models, workingSet, res.locals.shop, String(req.params.id));
    const found =
      touchExtras && (await findTouch(deps, res.locals.shop, parseTouchId(String(req.params.id))));
    res.json({
      ...detail,
      ...(found ? await touchExtras.detail(res.locals.shop, found.touch, found.archived) : {}),
    });
  });
  router.patch('/api/touches/:id', async (req, res) => {
    const patch = parseWith(touchPatchSchema, req.body);
    const touch = await patchTouch(
      deps,
      res.locals.shop,
      String(req.params.id),
      patch,
      res.locals.userId,
    );
    await touchExtras?.finished(res.locals.shop, touch);
    res.json({touch: toTouchJson(touch)});
  });
  return router;
}
