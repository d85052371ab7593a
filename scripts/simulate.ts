/**
 * `npm run simulate -- --shop demo.myshopify.com --orders 500 --rate 50 [--duplicates 0.2] [--drop 0.1] [--reorder 2000]`
 * Makes orders happen in the local Shopify started by `npm run dev`, which fires signed
 * orders/create webhooks at the app (duplicated, reordered or dropped on request).
 *
 * `npm run simulate -- --outcomes [--orders 1600] [--lift 0.5,0.2[,0.4]]`: a hundred days of history for the
 * Insights page — first orders 100 days ago, then customers come back (touched ones with the first
 * probability, the others with the second, held-out ones with the third when given). The shop's
 * holdout share applies (Settings).
 */
import {parseArgs} from 'node:util';
import {simulateOutcomes} from './lib/outcome-simulation';

const {values} = parseArgs({
  options: {
    shop: {type: 'string', default: 'human-touch-demo.myshopify.com'},
    orders: {type: 'string', default: '100'},
    rate: {type: 'string', default: '20'},
    duplicates: {type: 'string', default: '0'},
    drop: {type: 'string', default: '0'},
    reorder: {type: 'string', default: '0'},
    outcomes: {type: 'boolean', default: false},
    lift: {type: 'string', default: '0.5,0.2'},
    shopify: {type: 'string', default: process.env.LOCAL_SHOPIFY_URL ?? 'http://127.0.0.1:8082'},
    app: {type: 'string', default: process.env.APP_URL ?? 'http://localhost:8081'},
  },
});

async function json(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  if (!res.ok)
    throw new Error(`${init?.method ?? 'GET'} ${url} -> ${res.status} ${await res.text()}`);
  return res.json() as Promise<any>;
}

/** Waits until the shop's webhooks are delivered and the app's open count stops moving. */
async function settled(
  shopify: string,
  app: string,
  shop: string,
  token: (shop: string) => Promise<string>,
) {
  await json(`${shopify}/local/settled`, {method: 'POST'});
  let last = -1;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1500));
    const {open} = await json(`${app}/api/summary`, {
      headers: {authorization: `Bearer ${await token(shop)}`},
    });
    if (open === last) return;
    last = open;
  }
}

async function outcomes(shop: string, shopify: string, app: string) {
  const [returnIfTouched, returnOtherwise, returnIfHeldOut] = String(values.lift)
    .split(',')
    .map(Number);
  const token = async (s: string) =>
    (await json(`${shopify}/session-token?shop=${s}`)).token as string;
  const target = {shopify, app, token, settled: () => settled(shopify, app, shop, token)};
  const firstOrders = values.orders === '100' ? 1600 : Number(values.orders);
  const r = await simulateOutcomes(target, {
    shop,
    firstOrders,
    returnIfTouched: returnIfTouched ?? 0.5,
    returnOtherwise: returnOtherwise ?? 0.2,
    returnIfHeldOut,
    seed: Date.now() % 1e9,
  });
  process.stdout.write(
    `${r.orders} orders over 100 days, ${r.touchedCustomers} customers touched, ${r.returned} came back. Open the Insights tab.\n`,
  );
}

async function main() {
  const {shop, shopify, app} = values as Record<string, string>;
  if (values.outcomes) return outcomes(shop, shopify, app);
  const total = Number(values.orders);
  const rate = Math.max(1, Number(values.rate));
  // Open the app once as the merchant would: token exchange installs the shop.
  const {token} = await json(`${shopify}/session-token?shop=${shop}`);
  await json(`${app}/api/touches?limit=1`, {headers: {authorization: `Bearer ${token}`}});
  const started = Date.now();
  let sent = 0;
  let dropped = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * rate) + 1);
    if (due > sent) {
      const burst = await json(`${shopify}/local/shops/${shop}/orders`, {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({
          count: due - sent,
          duplicateRate: Number(values.duplicates),
          dropRate: Number(values.drop),
          maxDelayMs: Number(values.reorder),
        }),
      });
      dropped += burst.dropped;
      sent = due;
      process.stdout.write(`\r${sent}/${total} orders created (${dropped} webhooks dropped)`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await json(`${shopify}/local/settled`, {method: 'POST'});
  const {token: fresh} = await json(`${shopify}/session-token?shop=${shop}`);
  const touches = await json(`${app}/api/touches?limit=200`, {
    headers: {authorization: `Bearer ${fresh}`},
  });
  process.stdout.write(
    `\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s; the newest touches:\n`,
  );
  for (const t of touches.touches.slice(0, 10))
    process.stdout.write(`  #${t.sequence} ${t.orderName} ${t.kind} ${t.status}\n`);
  if (dropped)
    process.stdout.write(
      `${dropped} orders never arrived as webhooks: reconciliation (every 10 min, or POST /api/reconcile) will count them.\n`,
    );
}

main().catch((error) => {
  process.stderr.write(`${error.message}\nIs \`npm run dev\` running?\n`);
  process.exit(1);
});
