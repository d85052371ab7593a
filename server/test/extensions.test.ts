import {readFileSync} from 'node:fs';
import path from 'node:path';
import {
  createHumanTouchClient,
  describeError,
  HumanTouchApiError,
  type HumanTouchClient,
} from '../../extensions/shared/human-touch-api';
import {printSourceFor} from '../../extensions/shared/print-source';
import {buildExtensions, readExtensions} from '../../scripts/lib/build-extensions';
import {bigOrderId, orderPayload} from './support/orders';
import {sendWebhook, sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

// The admin extensions' logic (extensions/shared/) against the real app on a local port, with real
// session tokens: what the order page's block, action and print actions send and how they read replies.
const shopA = 'extensions-a.myshopify.com';
const shopB = 'extensions-b.myshopify.com';
const ROOT = path.resolve(__dirname, '../..');
let app: TestApp;

const clientFor = (
  shop: string,
  opts: {token?: string | null; appUrl?: string} = {},
): HumanTouchClient =>
  createHumanTouchClient({
    appUrl: opts.appUrl ?? app.url,
    idToken: async () =>
      opts.token === undefined ? sessionToken(app.config, shop, {sub: '88'}) : opts.token,
  });
const gid = (n: number) => `gid://shopify/Order/${bigOrderId(n)}`;
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as HumanTouchApiError,
  );

beforeAll(async () => {
  app = await startTestApp();
  for (let i = 1; i <= 5; i++) {
    expect(
      (
        await sendWebhook(app.url, app.config, {
          topic: 'orders/create',
          shop: shopA,
          body: orderPayload({id: bigOrderId(200 + i)}),
        })
      ).status,
    ).toBe(200);
  }
  await app.settle();
});
afterAll(() => app.close());

describe('the order details action and block (extensions/shared/human-touch-api.ts)', () => {
  it('when staff give an order a touch, then the block lists it; a second press reads as "already has"', async () => {
    const client = clientFor(shopA);
    const staff = (
      await fetch(`${app.url}/api/staff`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${sessionToken(app.config, shopA)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({name: 'Sam Okafor'}),
      }).then((r) => r.json() as Promise<{staff: {id: string}}>)
    ).staff;
    expect((await client.activeStaff()).map((s) => s.name)).toEqual(['Sam Okafor']);
    const touch = await client.giveTouch({
      orderId: gid(201),
      kind: 'handwritten_card',
      assignee: staff.id,
      note: '  Thanks, Ada!  ',
    });
    expect(touch).toMatchObject({
      orderId: gid(201),
      kind: 'handwritten_card',
      status: 'open',
      assignee: staff.id,
      note: 'Thanks, Ada!',
    });
    const listed = await client.orderTouches(gid(201));
    expect(listed.filter((t) => t.manual).map((t) => t.id)).toEqual([touch.id]);
    const again = await rejection(client.giveTouch({orderId: gid(201), kind: 'handwritten_card'}));
    expect(again).toBeInstanceOf(HumanTouchApiError);
    expect(again.status).toBe(409);
    expect(describeError(again)).toMatch(/already has a handwritten card touch/);
  });

  it('when the block saves a note and marks a sticker note done, then the app stores both and it waits prepared for the packer', async () => {
    const client = clientFor(shopA);
    const touch = await client.giveTouch({
      orderId: gid(202),
      kind: 'sticker_note',
      assignee: '',
      note: '   ',
    });
    expect(touch.note).toBeNull();
    expect(touch.assignee).toBeNull();
    expect((await client.saveNote(touch.id, 'Packed with care')).note).toBe('Packed with care');
    // A box touch: the writer's done is the prepared stage; it stays open until packed.
    const done = await client.markDone(touch.id);
    expect(done).toMatchObject({status: 'open', doneAt: null});
    const stored = await app.c.models.Touch.findById(touch.id).lean();
    expect(stored).toMatchObject({note: 'Packed with care', status: 'open'});
    expect(stored!.stages!.map((s) => [s.stage, s.userId])).toEqual([['prepared', '88']]);
    expect((await client.orderTouches(gid(202))).find((t) => t.id === touch.id)?.status).toBe(
      'open',
    );
  });

  it('when the order is unknown, the token is missing or the app is unreachable, then each reads as a sentence staff can act on', async () => {
    const unknown = await rejection(clientFor(shopA).orderTouches(gid(999)));
    expect(unknown.status).toBe(404);
    expect(describeError(unknown)).toMatch(/has not seen this order/);
    const otherShop = await rejection(
      clientFor(shopB).giveTouch({orderId: gid(201), kind: 'team_photo'}),
    );
    expect(otherShop.status).toBe(404);
    const noToken = await rejection(clientFor(shopA, {token: null}).orderTouches(gid(201)));
    expect(noToken.status).toBe(401);
    expect(describeError(noToken)).toMatch(/session .* expired/);
    const down = await rejection(
      clientFor(shopA, {appUrl: 'http://127.0.0.1:9'}).orderTouches(gid(201)),
    );
    expect(down.status).toBe(0);
    expect(describeError(down)).toMatch(/could not be reached/);
    const invalid = await rejection(
      clientFor(shopA).giveTouch({orderId: 'gid://shopify/Customer/1', kind: 'team_photo'}),
    );
    expect(invalid.status).toBe(400);
    expect(describeError(invalid)).toMatch(/orderId/);
  });
});

describe('the print actions (extensions/shared/print-source.ts)', () => {
  it('when orders with stickers are selected, then the source is a signed link whose GET is the PDF', async () => {
    const client = clientFor(shopA);
    await client.giveTouch({
      orderId: gid(203),
      kind: 'sticker_note',
      note: 'Thank you for your order!',
    });
    await client.giveTouch({orderId: gid(204), kind: 'team_photo'});
    const source = await printSourceFor(client, [
      {id: gid(203)},
      {id: gid(204)},
      {id: gid(203)},
      {id: 'gid://shopify/Product/1'},
    ]);
    if (source.src === null) throw new Error(source.message);
    expect(source.orders).toBe(2);
    expect(new Date(source.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const link = new URL(source.src);
    const pdf = await fetch(`${app.url}${link.pathname}${link.search}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('x-printed-count')).toBe('2');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it("when nothing is selected, nothing is printable or the orders are another shop's, then no source and a message", async () => {
    expect(await printSourceFor(clientFor(shopA), [])).toEqual({
      src: null,
      message: expect.stringMatching(/Select at least one order/),
    });
    const many = Array.from({length: 251}, (_, i) => ({id: gid(1000 + i)}));
    expect(await printSourceFor(clientFor(shopA), many)).toEqual({
      src: null,
      message: expect.stringMatching(/at most 250/),
    });
    const notSeen = await printSourceFor(clientFor(shopB), [{id: gid(203)}]);
    expect(notSeen.src).toBeNull();
    expect(notSeen).toEqual({src: null, message: expect.stringMatching(/has not seen this order/)});
    await clientFor(shopA).giveTouch({orderId: gid(205), kind: 'phone_call'});
    const nothing = await printSourceFor(clientFor(shopA), [{id: gid(205)}]);
    expect(nothing.src).toBeNull();
    expect(nothing).toEqual({
      src: null,
      message: expect.stringMatching(/puts something in the box/),
    });
  });
});

describe("the extensions bundle with the project's own build", () => {
  it("when built, then every target of every shopify.extension.toml bundles, on the app's API version", async () => {
    const out = await buildExtensions(ROOT, {write: false});
    expect(out.map((o) => o.target.target).sort()).toEqual([
      'admin.order-details.action.render',
      'admin.order-details.block.render',
      'admin.order-details.print-action.render',
      'admin.order-index.selection-print-action.render',
    ]);
    const appVersion = readFileSync(path.join(ROOT, 'shopify.app.toml'), 'utf8').match(
      /api_version = "([^"]+)"/,
    )![1];
    for (const ext of readExtensions(ROOT)) {
      expect(ext.apiVersion).toBe(appVersion);
      // Shopify allows one target per admin UI extension (and unique handles).
      expect([ext.handle, ext.targets.length]).toEqual([ext.handle, 1]);
    }
    const handles = readExtensions(ROOT).map((e) => e.handle);
    expect(new Set(handles).size).toBe(handles.length);
    const bundle = (target: string) => out.find((o) => o.target.target === target)!.text;
    expect(bundle('admin.order-details.print-action.render')).toContain('s-admin-print-action');
    expect(bundle('admin.order-index.selection-print-action.render')).toContain(
      's-admin-print-action',
    );
    expect(bundle('admin.order-details.action.render')).toContain('/api/touches');
    expect(bundle('admin.order-details.block.render')).toContain('s-admin-block');
    for (const o of out) expect(o.bytes).toBeLessThan(64 * 1024); // Shopify's limit for a UI extension's compiled script
  });
});
