import {apiGet, sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

const shopA = 'rules-a.myshopify.com';
const shopB = 'rules-b.myshopify.com';
let app: TestApp;

async function call(method: string, path: string, shop: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop)}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}

const list = async (shop: string) =>
  (await call('GET', '/api/rules', shop)).body.rules as {
    id: string;
    kind: string;
    priority: number;
  }[];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('reordering rules', () => {
  it('when the list is sent in a new order, then priorities follow it and the list reads back in that order', async () => {
    const before = await list(shopA);
    expect(before.map((r) => r.kind)).toEqual([
      'free_gift',
      'personal_email',
      'handwritten_card',
      'team_photo',
    ]);
    const ids = [before[3]!.id, before[0]!.id, before[1]!.id, before[2]!.id];
    const res = await call('POST', '/api/rules/reorder', shopA, {ids});
    expect(res.status).toBe(200);
    expect(res.body.rules.map((r: any) => [r.kind, r.priority])).toEqual([
      ['team_photo', 40],
      ['free_gift', 30],
      ['personal_email', 20],
      ['handwritten_card', 10],
    ]);
    expect((await list(shopA)).map((r) => r.id)).toEqual(ids);
  });

  it('when rules share a priority, then moving one below the other still changes the order', async () => {
    const a = await call('POST', '/api/rules', shopA, {
      name: 'Alpha sticker',
      kind: 'sticker_note',
      type: 'every_nth',
      n: 7,
    });
    const b = await call('POST', '/api/rules', shopA, {
      name: 'Beta call',
      kind: 'phone_call',
      type: 'customer_nth',
      n: 3,
    });
    const ids = (await list(shopA)).map((r) => r.id);
    expect(ids.slice(-2)).toEqual([a.body.rule.id, b.body.rule.id]);
    const swapped = [...ids.slice(0, -2), b.body.rule.id, a.body.rule.id];
    expect((await call('POST', '/api/rules/reorder', shopA, {ids: swapped})).status).toBe(200);
    expect((await list(shopA)).map((r) => r.id)).toEqual(swapped);
  });

  it.each([
    ['one rule left out', (ids: string[]) => ids.slice(1)],
    ['one rule twice', (ids: string[]) => [...ids.slice(1), ids[1]!]],
    ['an id that is not a rule id', (ids: string[]) => [...ids.slice(1), 'nope']],
  ])(
    'when the order has %s, then it answers 400 naming ids and changes nothing',
    async (_name, bad) => {
      const before = await list(shopA);
      const res = await call('POST', '/api/rules/reorder', shopA, {
        ids: bad(before.map((r) => r.id)),
      });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).some((f) => f.startsWith('ids'))).toBe(true);
      expect(await list(shopA)).toEqual(before);
    },
  );

  it("when shop B sends shop A's rule ids, then it answers 400 and neither shop's order changes", async () => {
    const a = await list(shopA);
    const b = await list(shopB);
    const res = await call('POST', '/api/rules/reorder', shopB, {
      ids: [...a.map((r) => r.id)].reverse(),
    });
    expect(res.status).toBe(400);
    expect(await list(shopA)).toEqual(a);
    expect(await list(shopB)).toEqual(b);
  });
});

describe("a rule's gift amount", () => {
  it("when an edit sends giftAmount null, then the rule's own amount is gone (the Settings default applies); other fields stay", async () => {
    const email = (await list(shopB)).find((r) => r.kind === 'personal_email')!;
    expect(
      (await call('PATCH', `/api/rules/${email.id}`, shopB, {giftAmount: 25})).body.rule.giftAmount,
    ).toBe(25);
    const res = await call('PATCH', `/api/rules/${email.id}`, shopB, {giftAmount: null});
    expect(res.status).toBe(200);
    expect(res.body.rule).toMatchObject({giftAmount: null, n: 50, kind: 'personal_email'});
    expect(await app.c.models.Rule.findById(email.id).lean()).not.toHaveProperty('giftAmount');
  });

  it('when a new rule is created with giftAmount null, then it answers 400 naming giftAmount (null only means "remove" on an edit)', async () => {
    const res = await call('POST', '/api/rules', shopB, {
      name: 'x',
      kind: 'gift_card',
      type: 'every_nth',
      n: 5,
      giftAmount: null,
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain('giftAmount');
  });
});

describe('default rules', () => {
  it('when the merchant deletes a default rule, then it stays deleted after the app restarts', async () => {
    const shop = 'defaults-stay-deleted.myshopify.com';
    const token = sessionToken(app.config, shop);
    const list = async () =>
      (await apiGet(app.url, '/api/rules', token)).body.rules as {id: string; key: string}[];
    const photo = (await list()).find((r) => r.key === 'default-team-photo')!;
    const del = await fetch(`${app.url}/api/rules/${photo.id}`, {
      method: 'DELETE',
      headers: {authorization: `Bearer ${token}`},
    });
    expect(del.status).toBe(204);
    app.c.shops.forget(shop); // what a restart forgets
    expect((await list()).map((r) => r.key)).not.toContain('default-team-photo');
    expect(await list()).toHaveLength(3);
  });
});
