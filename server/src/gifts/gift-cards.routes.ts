import {Router} from 'express';
import {parseWith} from '../util/parse-json';
import {issueGiftCardSchema, type GiftCardIssuer} from './issue';

/** POST /api/touches/:id/gift-card → 201 with the card and, in this response only, its full code. */
export function giftCardsRouter({giftCards}: {giftCards: GiftCardIssuer}): Router {
  const router = Router();
  router.post('/api/touches/:id/gift-card', async (req, res, next) => {
    try {
      const input = parseWith(issueGiftCardSchema, req.body ?? {});
      const issued = await giftCards.issue(
        res.locals.shop,
        String(req.params.id),
        input,
        res.locals.userId ?? null,
      );
      res.set('Cache-Control', 'no-store').status(201).json(issued);
    } catch (error) {
      const retry = (error as {details?: {retryAfterSeconds?: number}}).details?.retryAfterSeconds;
      if (retry) res.set('Retry-After', String(retry));
      next(error);
    }
  });
  return router;
}
