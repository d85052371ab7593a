/**
 * The second baseline: a bare Express 5 app that does the least an honest webhook endpoint must —
 * verify Shopify's HMAC over the raw body, insert one document into the same database — and
 * acknowledges. No parsing, no dedupe, no numbering. The gap to the app is what those cost.
 */
import {createHmac, timingSafeEqual} from 'node:crypto';
import express from 'express';
import mongoose from 'mongoose';

const secret = process.env.SHOPIFY_API_SECRET!;
const conn = mongoose.createConnection(process.env.MONGODB_URI!);
const events = conn.collection('baseline_events');

const app = express();
app.post('/api/webhooks', express.raw({type: () => true, limit: '10mb'}), async (req, res) => {
  const given = Buffer.from(req.get('x-shopify-hmac-sha256') ?? '', 'base64');
  const expected = createHmac('sha256', secret)
    .update(req.body as Buffer)
    .digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.status(401).json({error: {code: 'invalid_hmac', message: 'HMAC does not match'}});
    return;
  }
  try {
    await events.insertOne({
      webhookId: req.get('x-shopify-webhook-id'),
      shop: req.get('x-shopify-shop-domain'),
      at: new Date(),
    });
    res.json({ok: true});
  } catch {
    res.status(503).json({error: {code: 'unavailable', message: 'Database unavailable'}});
  }
});
app.get('/', (_req, res) => void res.json({ok: true}));
void conn.asPromise().then(() => app.listen(Number(process.env.PORT ?? 0), '127.0.0.1'));
