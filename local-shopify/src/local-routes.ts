import {Router} from 'express';
import {createOrder, restOrderPayload, restRefundPayload} from './orders';
import {rng, seedCustomers} from './seed';
import type {LocalShop, LocalState} from './state';
import type {WebhookSender} from './webhooks';
import type {Faults} from './faults';

export interface OrderBurst {
  count?: number;
  note?: string | null;
  test?: boolean;
  sourceName?: string;
  /** Share of orders whose webhook is delivered twice or three times. */
  duplicateRate?: number;
  /** Share of orders whose webhook is never delivered. */
  dropRate?: number;
  /** Each delivery is held back by up to this long, so deliveries arrive out of order. */
  maxDelayMs?: number;
  seed?: number;
  /** Every order from a new customer who has an email and marketing consent (exact expectations in tests). */
  newCustomers?: boolean;
  /** Exactly these orders instead of `count` made-up ones (a customer's return, a past date, a total). */
  orders?: {customerId?: string | null; createdAt?: string; total?: string}[];
}

function newConsentingCustomer(shop: LocalShop): string {
  const [customer] = seedCustomers(shop, 1, shop.customers.size + 1);
  customer!.email ??= `customer${shop.customers.size}@example.com`;
  customer!.acceptsMarketing = true;
  return customer!.id;
}

/** The stand-in's own controls (not Shopify API): make orders happen, cancel or fulfil them. */
export function localRoutes(state: LocalState, sender: WebhookSender, faults: Faults): Router {
  const router = Router();
  router.post('/local/shops/:shop/orders', (req, res) => {
    const shop = state.shop(String(req.params.shop));
    const b = (req.body ?? {}) as OrderBurst;
    const given = Array.isArray(b.orders) ? b.orders.slice(0, 10_000) : null;
    const count = given ? given.length : Math.min(Math.max(1, Number(b.count ?? 1)), 10_000);
    const rand = rng(b.seed ?? shop.orders.length + 1);
    const created = [];
    let dropped = 0;
    for (let i = 0; i < count; i++) {
      const spec = given?.[i];
      const customerId =
        spec?.customerId !== undefined
          ? spec.customerId
          : b.newCustomers
            ? newConsentingCustomer(shop)
            : undefined;
      const createdAt = spec?.createdAt ? new Date(spec.createdAt) : undefined;
      const order = createOrder(shop, {
        note: b.note,
        test: b.test,
        sourceName: b.sourceName,
        customerId,
        createdAt,
        total: spec?.total,
      });
      const drop = rand() < (b.dropRate ?? 0);
      if (drop) dropped++;
      const duplicates = rand() < (b.duplicateRate ?? 0) ? 1 + Math.floor(rand() * 2) : 0;
      sender.send(shop.domain, 'orders/create', restOrderPayload(shop, order), {
        drop,
        duplicates,
        delayMs: Math.floor(rand() * (b.maxDelayMs ?? 0)),
      });
      created.push({id: order.id, name: order.name, customerId: order.customerId});
    }
    res.status(201).json({orders: created, dropped});
  });
  router.post('/local/shops/:shop/cancel', (req, res) => {
    const shop = state.shop(String(req.params.shop));
    const order = shop.orders.find((o) => o.id === req.body?.orderId);
    if (!order) {
      res.status(404).json({error: 'no such order'});
      return;
    }
    order.cancelledAt = new Date().toISOString();
    sender.send(shop.domain, 'orders/cancelled', restOrderPayload(shop, order));
    res.json({id: order.id, cancelledAt: order.cancelledAt});
  });
  /** The whole order ships: Shopify sends orders/fulfilled (once; a fulfilled order stays fulfilled). */
  router.post('/local/shops/:shop/fulfil', (req, res) => {
    const shop = state.shop(String(req.params.shop));
    const order = shop.orders.find((o) => o.id === req.body?.orderId);
    if (!order) {
      res.status(404).json({error: 'no such order'});
      return;
    }
    if (order.cancelledAt) {
      res.status(409).json({error: 'a cancelled order cannot be fulfilled'});
      return;
    }
    if (!order.fulfilledAt) {
      order.fulfilledAt = new Date().toISOString();
      // `dropWebhook: true`: the delivery is lost (reconciliation must notice the order shipped).
      if (req.body?.dropWebhook !== true)
        sender.send(shop.domain, 'orders/fulfilled', restOrderPayload(shop, order));
    }
    res.json({id: order.id, fulfilledAt: order.fulfilledAt});
  });
  /** A refund on an order: Shopify sends refunds/create. */
  router.post('/local/shops/:shop/refunds', (req, res) => {
    const shop = state.shop(String(req.params.shop));
    const order = shop.orders.find((o) => o.id === req.body?.orderId);
    const amount = Number(req.body?.amount);
    if (!order || !(amount > 0)) {
      res.status(404).json({error: 'no such order, or no amount'});
      return;
    }
    const refund = {
      id: `gid://shopify/Refund/${shop.refunds.length + 1}`,
      orderId: order.id,
      amount: amount.toFixed(2),
      createdAt: new Date().toISOString(),
    };
    shop.refunds.push(refund);
    sender.send(shop.domain, 'refunds/create', restRefundPayload(shop, refund));
    res.status(201).json(refund);
  });
  /** What giftCardCreate really issued for the shop (codes included: this is Shopify's side). */
  router.get('/local/shops/:shop/gift-cards', (req, res) => {
    res.json({giftCards: state.shops.get(String(req.params.shop))?.giftCards ?? []});
  });
  /** A customer changes their mind: consent given or withdrawn, address changed. */
  router.patch('/local/shops/:shop/customers/:id', (req, res) => {
    const customer = state.shops
      .get(String(req.params.shop))
      ?.customers.get(`gid://shopify/Customer/${req.params.id}`);
    if (!customer) {
      res.status(404).json({error: 'no such customer'});
      return;
    }
    const body = (req.body ?? {}) as {
      acceptsMarketing?: unknown;
      unsubscribed?: unknown;
      email?: unknown;
    };
    if (typeof body.acceptsMarketing === 'boolean')
      customer.acceptsMarketing = body.acceptsMarketing;
    if (typeof body.unsubscribed === 'boolean') customer.unsubscribed = body.unsubscribed;
    if (typeof body.email === 'string' || body.email === null)
      customer.email = body.email as string | null;
    res.json({customer});
  });
  /**
   * The access scopes the merchant grants the shop's installation: `{ scopes: "read_orders,…" }`
   * applies now (an installed shop's token loses or gains them, as when scopes are revoked) and to
   * the next token exchange; `{ scopes: null }` goes back to the app's configured scopes.
   */
  router.put('/local/shops/:shop/scopes', (req, res) => {
    const scopes = (req.body ?? {}).scopes as unknown;
    if (
      scopes !== null &&
      (typeof scopes !== 'string' || !/^([a-z_]+(,[a-z_]+)*)?$/.test(scopes))
    ) {
      res.status(400).json({error: 'scopes must be comma-separated access scopes, or null'});
      return;
    }
    const domain = String(req.params.shop);
    state.setGrant(domain, scopes);
    const shop = state.shops.get(domain);
    if (shop && shop.accessTokens.size) shop.scopes = state.grantFor(domain);
    res.json({shop: domain, scopes: shop?.scopes ?? scopes});
  });
  /** The next matching Admin API requests fail (see faults.ts). */
  router.post('/local/faults', (req, res) => {
    try {
      faults.inject(req.body ?? {});
      res.status(201).json({ok: true});
    } catch (error) {
      res.status(400).json({error: (error as Error).message});
    }
  });
  router.post('/local/settled', async (_req, res) => {
    await sender.settled();
    res.json({deliveries: sender.log.length});
  });
  return router;
}
