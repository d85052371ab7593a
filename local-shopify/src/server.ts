import express from 'express';
import type {AddressInfo} from 'node:net';
import {graphqlRoute} from './graphql-route';
import {signSessionToken} from './session-token';
import {createState} from './state';
import {tokenExchangeRoute} from './token-exchange';
import {createWebhookSender} from './webhooks';
import {localRoutes} from './local-routes';
import {createFaults} from './faults';
import {appBridgeRoutes} from './app-bridge/routes';

export interface LocalShopifyOptions {
  apiKey: string;
  apiSecret: string;
  scopes: string;
  bucketSize?: number;
  restoreRate?: number;
  /** The app's origin, for webhooks (can be set later with `sender.setAppUrl`). */
  appUrl?: string;
  /** X-Shopify-API-Version of the webhooks. */
  apiVersion?: string;
  retryDelaysMs?: number[];
  /** Lifetime of expiring offline tokens, seconds (Shopify: 3600). */
  accessTokenTtlSeconds?: number;
}

/**
 * The local Shopify stand-in. The app reaches `https://{shop}/admin/...` here as
 * `{origin}/store/{shop}/admin/...` (see server/src/shopify-local.ts).
 */
export function createLocalShopify(opts: LocalShopifyOptions) {
  const state = createState(opts.scopes);
  const faults = createFaults();
  const sender = createWebhookSender({
    apiSecret: opts.apiSecret,
    apiVersion: opts.apiVersion ?? '2026-10',
    appUrl: opts.appUrl,
    retryDelaysMs: opts.retryDelaysMs,
  });
  const app = express();
  app.use(express.json({limit: '2mb'}));
  app.use(localRoutes(state, sender, faults));
  app.use(appBridgeRoutes(state));
  const tokenStats = {exchanges: 0, refreshes: 0};
  app.post(
    '/store/:shop/admin/oauth/access_token',
    tokenExchangeRoute({state, ...opts, stats: tokenStats}),
  );
  const graphql = graphqlRoute({state, ...opts, faults});
  app.post('/store/:shop/admin/api/:version/graphql.json', graphql);
  // What App Bridge gives the embedded panel; served to the panel in local mode only.
  app.get('/session-token', async (req, res) => {
    res.set('Access-Control-Allow-Origin', '*'); // the local panel runs on the app's origin
    const shop = String(req.query.shop ?? '');
    if (!/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/.test(shop)) {
      res.status(400).json({error: 'shop must be a myshopify.com domain'});
      return;
    }
    res.json({
      token: await signSessionToken({apiKey: opts.apiKey, apiSecret: opts.apiSecret, shop}),
    });
  });

  // The stand-in's own failures answer JSON, like the rest of it.
  app.use(
    (error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(500).json({error: error.message});
    },
  );

  async function listen(port = 0) {
    const server = app.listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Closing cuts open connections too (an app's keep-alive socket would otherwise hold it open).
    const close = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    return {origin, close};
  }

  return {app, state, sender, faults, graphqlStats: graphql.stats, tokenStats, listen};
}
