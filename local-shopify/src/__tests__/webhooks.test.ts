import {createHmac} from 'node:crypto';
import express from 'express';
import type {AddressInfo} from 'node:net';
import {createWebhookSender} from '../webhooks';

const secret = 'webhook-secret-webhook-secret';

async function receiver(failFirst: number) {
  const seen: {headers: Record<string, string>; body: string}[] = [];
  const app = express();
  app.post('/api/webhooks', express.text({type: () => true}), (req, res) => {
    seen.push({headers: req.headers as Record<string, string>, body: req.body as string});
    res.status(seen.length <= failFirst ? 503 : 200).json({});
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise((r) => server.close(r)),
  };
}

describe('the webhook sender', () => {
  it('when the app answers 503 twice, then Shopify-style retries deliver it with the same ids and a valid HMAC each time', async () => {
    const app = await receiver(2);
    const sender = createWebhookSender({
      apiSecret: secret,
      apiVersion: '2026-10',
      appUrl: app.url,
      retryDelaysMs: [20, 40, 80],
    });
    sender.send('retry.myshopify.com', 'orders/create', '{"id":1}');
    await sender.settled();
    expect(sender.log.map((d) => [d.attempt, d.status])).toEqual([
      [0, 503],
      [1, 503],
      [2, 200],
    ]);
    expect(new Set(app.seen.map((s) => s.headers['x-shopify-webhook-id'])).size).toBe(1);
    expect(new Set(app.seen.map((s) => s.headers['x-shopify-event-id'])).size).toBe(1);
    for (const s of app.seen) {
      expect(s.headers['x-shopify-hmac-sha256']).toBe(
        createHmac('sha256', secret).update(s.body).digest('base64'),
      );
      expect(s.headers).toMatchObject({
        'x-shopify-topic': 'orders/create',
        'x-shopify-shop-domain': 'retry.myshopify.com',
        'x-shopify-api-version': '2026-10',
      });
      expect(Date.parse(s.headers['x-shopify-triggered-at']!)).not.toBeNaN();
    }
    await app.close();
  });

  it('when duplicates are asked for, then the same event id arrives under different webhook ids; when dropped, nothing arrives', async () => {
    const app = await receiver(0);
    const sender = createWebhookSender({apiSecret: secret, apiVersion: '2026-10', appUrl: app.url});
    sender.send('dup.myshopify.com', 'orders/create', '{"id":2}', {duplicates: 2});
    sender.send('dup.myshopify.com', 'orders/create', '{"id":3}', {drop: true});
    await sender.settled();
    expect(app.seen).toHaveLength(3);
    expect(new Set(app.seen.map((s) => s.headers['x-shopify-event-id'])).size).toBe(1);
    expect(new Set(app.seen.map((s) => s.headers['x-shopify-webhook-id'])).size).toBe(3);
    await app.close();
  });

  it('when the app never answers 2xx, then the sender gives up after the whole schedule', async () => {
    const app = await receiver(100);
    const sender = createWebhookSender({
      apiSecret: secret,
      apiVersion: '2026-10',
      appUrl: app.url,
      retryDelaysMs: [5, 5, 5],
    });
    sender.send('down.myshopify.com', 'orders/create', '{}');
    await sender.settled();
    expect(sender.log).toHaveLength(4);
    await app.close();
  });
});
