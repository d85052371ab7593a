/**
 * An outcome simulation through the local Shopify, used by the Insights tests and by
 * `npm run simulate -- --outcomes`: first orders from new customers about 100 days ago (so every
 * 30/60/90-day window has closed), the app decides touches and draws its holdout as in production,
 * then customers come back with later orders within 80 days of their first: exactly the share
 * `returnIfTouched` of touched customers, and `returnOtherwise` of held-out and of untouched ones
 * (each group on its own, the members picked at random; `returnIfHeldOut`, when given, sets the
 * held-out share apart, to build in a holdout that disagrees with the not-picked customers). Exact
 * shares, not coin flips per customer,
 * so a built-in effect (or its absence) is what the page has to find, not sampling luck. Seeded.
 */
export interface OutcomeSimulation {
  shop: string;
  firstOrders: number;
  returnIfTouched: number;
  returnOtherwise: number;
  returnIfHeldOut?: number;
  seed: number;
}

export interface SimulationTarget {
  /** The local Shopify's origin. */
  shopify: string;
  app: string;
  /** A fresh session token for the shop (the stand-in signs them). */
  token: (shop: string) => Promise<string>;
  /** Resolves when every webhook is delivered and the app has decided every touch. */
  settled: () => Promise<void>;
}

const DAY = 86_400_000;

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function json(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  if (!res.ok)
    throw new Error(`${init?.method ?? 'GET'} ${url} -> ${res.status} ${await res.text()}`);
  return res.json() as Promise<any>;
}

const placeOrders = (t: SimulationTarget, shop: string, orders: object[], newCustomers = false) =>
  json(`${t.shopify}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({orders, newCustomers}),
  }) as Promise<{
    orders: {id: string; customerId: string}[];
  }>;

/** Customers with a cadence touch in that status (open: carried out), read through the API. */
async function customersWith(
  t: SimulationTarget,
  shop: string,
  status: 'open' | 'held_out',
): Promise<Set<string>> {
  const customers = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: any = await json(
      `${t.app}/api/touches?status=${status}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      {headers: {authorization: `Bearer ${await t.token(shop)}`}},
    );
    for (const touch of page.touches)
      if (touch.customer && touch.kind !== 'answer_question') customers.add(touch.customer.id);
    cursor = page.nextCursor;
  } while (cursor);
  return customers;
}

/** Exactly round(share × n) of the indexes, picked by a seeded shuffle. */
function pick(indexes: number[], share: number, rand: () => number): number[] {
  const a = [...indexes];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, Math.round(share * a.length));
}

/** Runs the simulation; returns how many orders were placed and how many customers came back. */
export async function simulateOutcomes(t: SimulationTarget, sim: OutcomeSimulation) {
  const rand = rng(sim.seed);
  const start = Date.now() - 100 * DAY;
  // Opening the app installs it (token exchange), as a merchant would before orders arrive.
  await json(`${t.app}/api/touches?limit=1`, {
    headers: {authorization: `Bearer ${await t.token(sim.shop)}`},
  });
  const first = Array.from({length: sim.firstOrders}, (_, i) => ({
    createdAt: new Date(start + (i * 5 * DAY) / sim.firstOrders).toISOString(),
  }));
  const placed = await placeOrders(t, sim.shop, first, true);
  await t.settled();
  const touched = await customersWith(t, sim.shop, 'open');
  const heldOut = await customersWith(t, sim.shop, 'held_out');
  const group = (customerId: string) =>
    touched.has(customerId) ? 'touched' : heldOut.has(customerId) ? 'held_out' : 'untouched';
  const groups = {touched: [] as number[], held_out: [] as number[], untouched: [] as number[]};
  placed.orders.forEach((o, i) => groups[group(o.customerId)].push(i));
  const back = [
    ...pick(groups.touched, sim.returnIfTouched, rand),
    ...pick(groups.held_out, sim.returnIfHeldOut ?? sim.returnOtherwise, rand),
    ...pick(groups.untouched, sim.returnOtherwise, rand),
  ].sort((a, b) => a - b);
  const returns = back.map((i) => {
    const at = new Date(first[i]!.createdAt).getTime() + (1 + rand() * 79) * DAY;
    return {customerId: placed.orders[i]!.customerId, createdAt: new Date(at).toISOString()};
  });
  if (returns.length) await placeOrders(t, sim.shop, returns);
  await t.settled();
  return {
    orders: sim.firstOrders + returns.length,
    returned: returns.length,
    touchedCustomers: touched.size,
  };
}
