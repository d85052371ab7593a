import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import express, {Router, type Response} from 'express';
import type {Config} from '../config';
import {precompressed} from './precompressed';

const SHOP = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

/** web/dist, found from here upwards (src/ in dev and tests, dist/ when built). */
export function findPanelDist(from = __dirname): string | null {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'web', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

const escapeAttr = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The embedded panel. Its HTML may be framed only by the shop's admin:
 * `frame-ancestors https://{shop} https://admin.shopify.com`
 * (https://shopify.dev/docs/apps/build/security/set-up-iframe-protection). Inside Shopify
 * admin it loads App Bridge for session tokens; in local mode it names the local stand-in.
 */
export function panelRouter(config: Config, dist = findPanelDist()): Router {
  const router = Router();
  if (!dist) return router;
  const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const local = config.SHOPIFY_LOCAL_ORIGIN;
  // App Bridge must load first, as a plain script (https://shopify.dev/docs/api/app-home);
  // locally the stand-in the local Shopify serves has the same API.
  const head = [
    `<meta name="shopify-api-key" content="${escapeAttr(config.SHOPIFY_API_KEY)}" />`,
    ...(local
      ? [
          `<meta name="human-touch-local-shopify" content="${escapeAttr(local)}" />`,
          `<script src="${escapeAttr(local)}/app-bridge.js"></script>`,
        ]
      : ['<script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>']),
  ].join('\n    ');
  const html = template.replace('<!--human-touch:head-->', head);

  const assets = path.join(dist, 'assets');
  router.use('/assets', precompressed(assets));
  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), {immutable: true, maxAge: '1y', index: false}),
  );
  const page = (shop: unknown, res: Response) => {
    const ancestors =
      typeof shop === 'string' && SHOP.test(shop)
        ? `https://${shop} https://admin.shopify.com`
        : 'https://admin.shopify.com';
    res.set('Content-Security-Policy', `frame-ancestors ${ancestors};`);
    res.type('html').send(html);
  };
  router.get('/', (req, res) => page(req.query.shop, res));
  return router;
}
