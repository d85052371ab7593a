import express from 'express';
import type {Container} from './container';
import {errorMiddleware, notFoundHandler} from './http/error-middleware';
import {healthRouter} from './http/health.routes';
import {requestMetrics} from './http/request-metrics';
import {requireSessionToken} from './http/session-token';
import {webhooksRouter} from './intake';
import {summaryRouter, touchesRouter} from './touches';
import {reconcileRouter} from './reconciliation';
import {rulesRouter, simulateRouter} from './rules';
import {settingsRouter, shopRouter} from './shops';
import {staffRouter} from './staff';
import {digestRouter} from './staff/digest.routes';
import {statusPage} from './http/status-page';
import {panelRouter} from './http/panel';
import {giftCardsRouter} from './gifts';
import {emailRouter, outboxRouter} from './email';
import {printLinksRouter, printRouter} from './print';
import {exportsRouter, insightsRouter} from './insights';
import {privacyRouter} from './privacy';

/** The Express app, separate from listen() so tests start the real thing on port 0. */
export function createApp(c: Container) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(requestMetrics(c.metrics));
  app.use(healthRouter({conn: c.conn, metrics: c.metrics}));
  // Before any JSON parser: webhook HMACs are computed over the raw body.
  app.use(
    webhooksRouter({
      shopify: c.shopify,
      intake: c.intake,
      metrics: c.metrics,
      bodyLimitBytes: c.config.WEBHOOK_BODY_LIMIT_MB * 1024 * 1024,
    }),
  );
  // Signed print links carry their own credential (the HMAC), so they are outside the session-token check.
  app.use(printLinksRouter(c));
  app.use('/api', requireSessionToken(c.shopify, c.installations));
  app.use('/api', express.json({limit: '1mb'}));
  app.use(touchesRouter(c));
  app.use(summaryRouter({...c, staffCapacity: c.staffCapacity}));
  app.use(reconcileRouter(c));
  app.use(simulateRouter(c));
  app.use(rulesRouter(c.models));
  app.use(settingsRouter(c));
  app.use(shopRouter(c));
  app.use(staffRouter(c));
  app.use(digestRouter(c));
  app.use(giftCardsRouter(c));
  app.use(emailRouter(c));
  app.use(outboxRouter({mailDir: c.config.LOCAL_MAIL_DIR}));
  app.use(printRouter(c));
  app.use(insightsRouter(c));
  app.use(exportsRouter(c));
  app.use(privacyRouter(c));
  app.use(panelRouter(c.config));
  app.get('/', statusPage(c.config)); // only when the panel has not been built
  app.use(notFoundHandler);
  app.use(errorMiddleware(c.logger));
  return app;
}
