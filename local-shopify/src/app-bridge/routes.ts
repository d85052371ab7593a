import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Router} from 'express';
import type {LocalState} from '../state';

const SCRIPT = readFileSync(path.join(__dirname, 'app-bridge.js'), 'utf8');

const escapeHtml = (value: string) => value.replace(/[&"<>']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, rows: [string, string][]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
  `<body><h1>${escapeHtml(title)}</h1><dl>${rows
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('')}</dl></body></html>`;

/**
 * What the admin gives an embedded app, locally: the App Bridge stand-in script, and the admin
 * pages `shopify://admin/orders/<id>` and `shopify://admin/customers/<id>` open (a plain page
 * naming the order or customer as the stand-in holds it).
 */
export function appBridgeRoutes(state: LocalState): Router {
  const router = Router();
  router.get('/app-bridge.js', (_req, res) => {
    res.set('Access-Control-Allow-Origin', '*');
    res.type('application/javascript').send(SCRIPT);
  });
  router.get('/store/:shop/admin/orders/:id', (req, res) => {
    const order = state.shops
      .get(String(req.params.shop))
      ?.orders.find((o) => o.id === `gid://shopify/Order/${req.params.id}`);
    if (!order) {
      res.status(404).type('html').send(page('Order not found', []));
      return;
    }
    res.type('html').send(
      page(`Order ${order.name}`, [
        ['Placed', order.createdAt],
        ['Total', `${order.total} ${order.currencyCode}`],
        ['Customer', order.customerId ?? 'none'],
      ]),
    );
  });
  router.get('/store/:shop/admin/customers/:id', (req, res) => {
    const customer = state.shops
      .get(String(req.params.shop))
      ?.customers.get(`gid://shopify/Customer/${req.params.id}`);
    if (!customer) {
      res.status(404).type('html').send(page('Customer not found', []));
      return;
    }
    res
      .type('html')
      .send(
        page(`${customer.firstName} ${customer.lastName}`, [['Tags', customer.tags.join(', ')]]),
      );
  });
  return router;
}
