import express, {Router} from 'express';
import {BadRequestError, UnauthorizedError} from '../errors';
import type {Metrics} from '../metrics';
import type {Shopify} from '../shopify';
import type {IntakeService} from './intake.service';

type Deps = {shopify: Shopify; intake: IntakeService; metrics: Metrics; bodyLimitBytes: number};

/**
 * POST /api/webhooks, every topic. Mounted before any JSON parser: the HMAC is checked on the
 * raw bytes (https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-2-validate-the-origin-of-your-webhook-to-ensure-its-coming-from-shopify).
 */
export function webhooksRouter({shopify, intake, metrics, bodyLimitBytes}: Deps): Router {
  const router = Router();
  router.post(
    '/api/webhooks',
    express.raw({type: () => true, limit: bodyLimitBytes}),
    async (req, res) => {
      const rawBody = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
      const check = await shopify.api.webhooks.validate({
        rawBody,
        rawRequest: req,
        rawResponse: res,
      });
      if (!check.valid) {
        metrics.webhooksRejected.inc({reason: check.reason});
        throw check.reason === 'invalid_hmac' || check.reason === 'missing_hmac'
          ? new UnauthorizedError('Webhook HMAC verification failed')
          : new BadRequestError(
              `Invalid webhook request: ${check.reason}`,
              'missingHeaders' in check ? {missingHeaders: check.missingHeaders} : undefined,
            );
      }
      const outcome = await intake.receive({
        shop: check.domain,
        topic: String(req.get('x-shopify-topic')).toLowerCase(),
        webhookId: 'webhookId' in check ? check.webhookId : '',
        eventId: ('eventId' in check && check.eventId) || null,
        apiVersion: check.apiVersion,
        triggeredAt: parseDate(check.triggeredAt),
        rawBody,
      });
      res.status(200).json({ok: true, outcome});
    },
  );
  return router;
}

function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
