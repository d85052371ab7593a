import type {Models} from '../../src/db/models';

const started = Date.now();
/** A progress line on stderr (the fault tests take minutes; this says where they are). */
export const step = (what: string) =>
  void process.stderr.write(`[faults +${((Date.now() - started) / 1000).toFixed(1)}s] ${what}\n`);

/** Polls until `check` is true (or throws with `what` after `timeoutMs`). */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
  everyMs = 100,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * A burst of `count` orders in the local Shopify, each `orders/create` webhook sent at a random
 * moment within `spreadMs` and retried on Shopify's (compressed) schedule until it is acknowledged.
 */
export async function orderBurst(
  localOrigin: string,
  shop: string,
  count: number,
  spreadMs: number,
  extra: Record<string, unknown> = {},
) {
  const res = await fetch(`${localOrigin}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({count, newCustomers: true, seed: 42, maxDelayMs: spreadMs, ...extra}),
  });
  if (res.status !== 201) throw new Error(`burst: ${res.status} ${await res.text()}`);
  return ((await res.json()) as {orders: {id: string}[]}).orders;
}

/**
 * The exactly-once outcome after `n` orders under the default rules (every 10th a team photo,
 * 20th a card, 50th an email, 100th a free gift, stacked): one number per order, 1..n without a
 * gap, one touch per rule and slot, each on the order the rule names. Returns what it found.
 */
export async function exactlyOnce(
  models: Pick<Models, 'OrderSequence' | 'Touch' | 'CadenceState'>,
  shop: string,
  n: number,
) {
  const sequences = await models.OrderSequence.find({shop}, {sequence: 1, orderGid: 1}).lean();
  const numbers = sequences.map((s) => s.sequence).sort((a, b) => a - b);
  const touches = await models.Touch.find(
    {shop},
    {kind: 1, sequence: 1, slot: 1, ruleId: 1, status: 1},
  ).lean();
  const byKind: Record<string, number[]> = {};
  for (const t of touches) (byKind[t.kind] ??= []).push(t.sequence!);
  for (const list of Object.values(byKind)) list.sort((a, b) => a - b);
  const every = {team_photo: 10, handwritten_card: 20, personal_email: 50, free_gift: 100};
  return {
    counted: sequences.length,
    gapFree: numbers.length === n && numbers.every((s, i) => s === i + 1),
    distinctOrders: new Set(sequences.map((s) => s.orderGid)).size,
    duplicateTouches:
      touches.length - new Set(touches.map((t) => `${String(t.ruleId)}|${t.slot}`)).size,
    wrongTouches: Object.entries(every)
      .filter(
        ([kind, k]) =>
          JSON.stringify(byKind[kind] ?? []) !==
          JSON.stringify(Array.from({length: Math.floor(n / k)}, (_, i) => (i + 1) * k)),
      )
      .map(([kind]) => kind),
    touches: touches.length,
    cursor: (await models.CadenceState.findById(shop).lean())?.cursor ?? 0,
  };
}

export const expectedTouches = (n: number) =>
  Math.floor(n / 10) + Math.floor(n / 20) + Math.floor(n / 50) + Math.floor(n / 100);
