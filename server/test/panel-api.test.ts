import {sessionToken} from './support/sign';
import {DEFAULT_SHOP_SETTINGS} from '../src/shops/shops.service';
import {startTestApp, type TestApp} from './support/test-app';

const shopA = 'panel-a.myshopify.com';
const shopB = 'panel-b.myshopify.com';
let app: TestApp;

async function call(method: string, path: string, shop: string, body?: unknown, userId = '77') {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop, {sub: userId})}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}

beforeAll(async () => {
  app = await startTestApp();
  for (const shop of [shopA, shopB]) {
    expect((await call('GET', '/api/touches', shop)).status).toBe(200);
    await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({count: 20, newCustomers: true}),
    });
  }
  await app.shopify.sender.settled();
  await app.settle();
});
afterAll(() => app.close());

const firstTouch = async (shop: string) =>
  (await call('GET', '/api/touches?kind=team_photo&limit=1', shop)).body.touches[0];

describe('one touch: detail, edit, done', () => {
  it('when a touch is opened, then it carries the order summary and the customer context', async () => {
    const t = await firstTouch(shopA);
    const res = await call('GET', `/api/touches/${t.id}`, shopA);
    expect(res.status).toBe(200);
    expect(res.body.order).toMatchObject({
      name: t.orderName,
      currency: 'GBP',
      channel: 'web',
      country: 'GB',
      shipCity: 'Bristol',
    });
    expect(res.body.order.items.length).toBeGreaterThanOrEqual(1);
    for (const item of res.body.order.items)
      expect(item).toEqual({
        title: expect.any(String),
        quantity: expect.any(Number),
        productGid: expect.stringMatching(/^gid:\/\/shopify\/Product\/\d+$/),
      });
    expect(res.body.customer).toMatchObject({
      ordersCounted: 1,
      acceptsMarketing: true,
      hasEmail: true,
      previousTouches: [],
    });
    // Order #20 also gets the signed card: it goes into the same box.
    expect(res.body.alsoOnThisOrder.map((o: any) => o.kind)).toEqual(['handwritten_card']);
  });

  it('when a person writes a note and marks it done, then who and when are recorded', async () => {
    const t = await firstTouch(shopA);
    const res = await call(
      'PATCH',
      `/api/touches/${t.id}`,
      shopA,
      {note: 'Thank you, Ada — from all of us at the bench.', status: 'done'},
      '901',
    );
    expect(res.status).toBe(200);
    // A team photo is a box touch: the writer's "done" prepares it; it stays open for the packer.
    expect(res.body.touch).toMatchObject({
      status: 'open',
      stage: 'prepared',
      note: 'Thank you, Ada — from all of us at the bench.',
      stages: [{stage: 'prepared', at: expect.any(String), by: null, staffId: null}],
    });
    const packed = await call('PATCH', `/api/touches/${t.id}`, shopA, {stage: 'packed'}, '901');
    expect(packed.body.touch).toMatchObject({
      status: 'done',
      doneBy: '901',
      doneAt: expect.any(String),
    });
    const reopened = await call('PATCH', `/api/touches/${t.id}`, shopA, {status: 'open'});
    expect(reopened.body.touch).toMatchObject({status: 'open', stage: null, doneBy: null});
  });

  it.each([
    ['skipping without a reason', {status: 'skipped'}, 'skipReason'],
    ['a reason without skipping', {skipReason: 'other'}, 'skipReason'],
    ['an unknown status', {status: 'maybe'}, 'status'],
    ['a made-up field', {shop: shopB}, '(body)'],
    ['a note of 5,000 characters', {note: 'x'.repeat(5000)}, 'note'],
    ['an operator instead of a value', {assignee: {$ne: null}}, 'assignee'],
  ])(
    'when the edit has %s, then it answers 400 naming the field and changes nothing',
    async (_name, patch, field) => {
      const t = await firstTouch(shopA);
      const before = await app.c.models.Touch.findById(t.id).lean();
      const res = await call('PATCH', `/api/touches/${t.id}`, shopA, patch);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
      expect(await app.c.models.Touch.findById(t.id).lean()).toEqual(before);
    },
  );

  it("when shop B reads or edits shop A's touch, then it is not found and nothing changes", async () => {
    const t = await firstTouch(shopA);
    expect((await call('GET', `/api/touches/${t.id}`, shopB)).status).toBe(404);
    expect((await call('PATCH', `/api/touches/${t.id}`, shopB, {status: 'done'})).status).toBe(404);
    expect((await app.c.models.Touch.findById(t.id).lean())?.status).toBe('open');
  });
});

describe('bulk actions', () => {
  it("when shop B bulk-skips ids that include shop A's, then only its own touches change", async () => {
    const a = (await call('GET', '/api/touches', shopA)).body.touches.map((t: any) => t.id);
    const b = (await call('GET', '/api/touches', shopB)).body.touches.map((t: any) => t.id);
    const res = await call('POST', '/api/touches/bulk', shopB, {
      ids: [...a, ...b],
      action: 'skip',
      skipReason: 'out_of_stock',
    });
    expect(res.body).toEqual({matched: b.length, modified: b.length});
    expect((await call('GET', '/api/touches?status=open', shopA)).body.touches).toHaveLength(
      a.length,
    );
    expect(
      (await call('GET', '/api/touches?status=skipped', shopB)).body.touches.every(
        (t: any) => t.skipReason === 'out_of_stock',
      ),
    ).toBe(true);
  });

  it('when a bulk assign names someone, then every touch gets them', async () => {
    const a = (await call('GET', '/api/touches', shopA)).body.touches.map((t: any) => t.id);
    expect(
      (
        await call('POST', '/api/touches/bulk', shopA, {
          ids: a,
          action: 'assign',
          assignee: 'Sam (packing)',
        })
      ).body.modified,
    ).toBe(a.length);
    expect(
      (await call('GET', '/api/touches?assignee=Sam%20(packing)', shopA)).body.touches,
    ).toHaveLength(a.length);
  });

  it('when a bulk "Mark done" is undone, then the touches are open again with no stage recorded', async () => {
    const open = (await call('GET', '/api/touches?status=open&kind=team_photo', shopA)).body
      .touches;
    const ids = open.slice(0, 2).map((t: any) => t.id);
    expect((await call('POST', '/api/touches/bulk', shopA, {ids, action: 'done'})).body).toEqual({
      matched: 2,
      modified: 2,
    });
    const done = await app.c.models.Touch.find({_id: {$in: ids}}).lean();
    expect(done.every((t) => (t.stages ?? []).length === 1)).toBe(true); // prepared
    const undo = await call('POST', '/api/touches/bulk', shopA, {ids, action: 'reopen'});
    expect(undo.body).toEqual({matched: 2, modified: 2});
    for (const id of ids) {
      const t = (await call('GET', `/api/touches/${id}`, shopA)).body.touch;
      expect(t).toMatchObject({status: 'open', stage: null, doneBy: null});
    }
  });

  it.each([
    [{ids: [], action: 'done'}],
    [{ids: ['nope'], action: 'done'}],
    [{ids: ['0'.repeat(24)], action: 'skip'}],
    [{ids: Array(201).fill('0'.repeat(24)), action: 'done'}],
  ])('when the bulk request is %j, then it answers 400', async (body) => {
    expect((await call('POST', '/api/touches/bulk', shopA, body)).status).toBe(400);
  });
});

describe('the shop', () => {
  it('when the panel asks about the shop, then it gets its name, currency and time zone from Shopify', async () => {
    const res = await call('GET', '/api/shop', shopA);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      shop: {domain: shopA, name: 'Panel A', currency: 'GBP', timezone: 'Europe/London'},
    });
  });

  it('when a new shop starts, then the personal-email rule is named without a currency', async () => {
    const res = await call('GET', '/api/rules', shopB);
    const names = res.body.rules.map((r: {name: string}) => r.name);
    expect(names).toContain('Personal email with a gift certificate');
    expect(names.join(' ')).not.toMatch(/[$£€]/);
  });
});

describe('settings', () => {
  it('when settings are read, then the defaults are there; when some change, the others stay', async () => {
    const defaults = {
      stacking: 'stack',
      frequencyCapDays: 30,
      posOrders: 'ignore',
      requireEmailConsent: true,
      timezone: 'UTC',
      dueWithinHours: 24,
      assignment: 'round_robin',
      assigneeByKind: {},
      giftAmount: 10,
      giftExpiryDays: null,
      giftDailyBudget: 100,
      labelStock: 'avery-5160',
      stickerStyle: 'handwriting',
      labelOffsetMm: {x: 0, y: 0},
      holdoutPercent: 10,
      senderName: null,
      senderReplyTo: null,
      exportPersonalData: false,
      customerDataRetentionDays: 365,
    };
    expect(DEFAULT_SHOP_SETTINGS).toEqual(defaults);
    // The test app starts new shops without a holdout so that counts elsewhere are exact; the
    // first read gives the shop its own time zone from Shopify instead of UTC.
    expect((await call('GET', '/api/settings', shopA)).body.settings).toEqual({
      ...defaults,
      holdoutPercent: 0,
      timezone: 'Europe/London',
    });
    const res = await call('PATCH', '/api/settings', shopA, {
      stacking: 'one_per_order',
      timezone: 'Europe/London',
      giftExpiryDays: 365,
      labelStock: 'thermal-4x6',
    });
    expect(res.body.settings).toEqual({
      ...defaults,
      holdoutPercent: 0,
      stacking: 'one_per_order',
      timezone: 'Europe/London',
      giftExpiryDays: 365,
      labelStock: 'thermal-4x6',
    });
    expect(
      (await call('PATCH', '/api/settings', shopA, {giftExpiryDays: null})).body.settings
        .giftExpiryDays,
    ).toBeNull();
    expect((await call('GET', '/api/settings', shopB)).body.settings.stacking).toBe('stack');
  });

  it("when the merchant picks a time zone, even UTC, then the shop's own never replaces it", async () => {
    const shop = 'tz-choice.myshopify.com';
    expect((await call('GET', '/api/touches', shop)).status).toBe(200);
    expect((await call('PATCH', '/api/settings', shop, {timezone: 'UTC'})).status).toBe(200);
    expect((await call('GET', '/api/settings', shop)).body.settings.timezone).toBe('UTC');
    expect((await call('GET', '/api/settings', shop)).body.settings.timezone).toBe('UTC');
  });

  it.each([
    [{frequencyCapDays: -1}, 'frequencyCapDays'],
    [{timezone: 'Mars/Olympus'}, 'timezone'],
    [{stacking: 'pile'}, 'stacking'],
    [{holdout: 10}, '(body)'],
    [{holdoutPercent: 60}, 'holdoutPercent'],
    [{labelStock: 'avery-9999'}, 'labelStock'],
    [{giftAmount: 10.001}, 'giftAmount'],
    [{senderReplyTo: 'not an email'}, 'senderReplyTo'],
    [{assigneeByKind: {team_photo: 'Sam'}}, 'assigneeByKind.team_photo'],
    [{assigneeByKind: {sky_writing: '0'.repeat(24)}}, 'assigneeByKind'],
    [{labelOffsetMm: {x: 10.5, y: 0}}, 'labelOffsetMm.x'],
    [{labelOffsetMm: {x: 1}}, 'labelOffsetMm.y'],
    [{labelOffsetMm: {x: 0, y: 0.05}}, 'labelOffsetMm.y'],
  ])('when the change is %j, then it answers 400 naming %s', async (patch, field) => {
    const res = await call('PATCH', '/api/settings', shopA, patch);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain(field);
  });

  it.each([
    [{holdoutPercent: 60}, 'holdoutPercent', 'Enter a whole number of percent from 0 to 50.'],
    [{frequencyCapDays: 2.5}, 'frequencyCapDays', 'Enter a whole number of days from 0 to 365.'],
    [{dueWithinHours: null}, 'dueWithinHours', 'Enter a whole number of hours from 1 to 336.'],
    [{giftAmount: 10.001}, 'giftAmount', 'Enter an amount from 0 to 1,000, in cents at most.'],
    [
      {timezone: 'Mars/Olympus'},
      'timezone',
      'Choose a time zone from the list, such as Europe/London.',
    ],
    [
      {senderReplyTo: 'nope'},
      'senderReplyTo',
      'Enter an email address such as hello@yourshop.com.',
    ],
  ])(
    'when the change is %j, then the message at %s is in plain words',
    async (patch, field, message) => {
      const res = await call('PATCH', '/api/settings', shopA, patch);
      expect(res.status).toBe(400);
      expect(res.body.error.fields[field]).toEqual([message]);
    },
  );
});

describe('rules', () => {
  it('when the shop lists its rules, then the four defaults are there, rarest first', async () => {
    const res = await call('GET', '/api/rules', shopA);
    expect(res.body.rules.map((r: any) => [r.kind, r.n])).toEqual([
      ['free_gift', 100],
      ['personal_email', 50],
      ['handwritten_card', 20],
      ['team_photo', 10],
    ]);
  });

  it('when a daily-target rule is created, edited and deleted, then each step is saved for this shop only', async () => {
    const created = await call('POST', '/api/rules', shopA, {
      name: 'Sticker for first-time customers',
      kind: 'sticker_note',
      type: 'daily_target',
      dailyTarget: 8,
      conditions: {firstTimeCustomer: true},
    });
    expect(created.status).toBe(201);
    expect(created.body.rule).toMatchObject({
      type: 'daily_target',
      dailyTarget: 8,
      enabled: true,
      priority: 0,
    });
    const id = created.body.rule.id;
    const edited = await call('PATCH', `/api/rules/${id}`, shopA, {type: 'every_nth', n: 25});
    expect(edited.body.rule).toMatchObject({
      type: 'every_nth',
      n: 25,
      dailyTarget: null,
      conditions: {firstTimeCustomer: true},
    });
    expect((await call('PATCH', `/api/rules/${id}`, shopB, {enabled: false})).status).toBe(404);
    expect((await call('DELETE', `/api/rules/${id}`, shopB)).status).toBe(404);
    expect((await call('DELETE', `/api/rules/${id}`, shopA)).status).toBe(204);
    expect((await call('GET', '/api/rules', shopA)).body.rules).toHaveLength(4);
  });

  it.each([
    [{name: 'x', kind: 'team_photo', type: 'every_nth'}, 'n'],
    [{name: 'x', kind: 'team_photo', type: 'every_nth', n: 0}, 'n'],
    [{name: 'x', kind: 'answer_question', type: 'every_nth', n: 5}, 'kind'],
    [{name: '', kind: 'team_photo', type: 'every_nth', n: 5}, 'name'],
    [
      {
        name: 'x',
        kind: 'team_photo',
        type: 'daily_target',
        dailyTarget: 5,
        conditions: {minOrderValue: 50, maxOrderValue: 10},
      },
      'conditions.maxOrderValue',
    ],
    [
      {
        name: 'x',
        kind: 'team_photo',
        type: 'every_nth',
        n: 5,
        conditions: {countries: ['United Kingdom']},
      },
      'conditions.countries.0',
    ],
  ])('when a rule is %j, then it answers 400 naming %s', async (body, field) => {
    const res = await call('POST', '/api/rules', shopA, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain(field);
  });
});

describe('the rule simulator', () => {
  it('when run on the shop’s real recent orders, then it replays them through the saved rules', async () => {
    const res = await call('POST', '/api/rules/simulate', shopB, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      basis: 'recent_orders',
      days: 30,
      ordersPerDay: 0.67,
      touchesPerDay: {team_photo: 0.07, handwritten_card: 0.03},
    });
  });

  it('when asked "what if 100 orders a day", then the defaults give 10 photos, 5 cards, 2 emails, 1 gift and $20 of gift cards a day', async () => {
    const res = await call('POST', '/api/rules/simulate', shopB, {dailyVolume: 100});
    expect(res.body).toMatchObject({
      basis: 'what_if',
      ordersPerDay: 100,
      skippedPerDay: 0,
      giftSpendPerDay: 20,
      touchesPerDay: {team_photo: 10, handwritten_card: 5, personal_email: 2, free_gift: 1},
      staffMinutesPerDay: 10 * 2 + 5 * 6 + 2 * 8 + 1 * 3,
    });
  });

  it('when unsaved rules are tried, then they are simulated and nothing is saved', async () => {
    const before = await app.c.models.Rule.countDocuments({shop: shopB});
    const res = await call('POST', '/api/rules/simulate', shopB, {
      dailyVolume: 50,
      rules: [{name: 'Sticker every 5th', kind: 'sticker_note', type: 'every_nth', n: 5}],
    });
    expect(res.body.touchesPerDay).toEqual({sticker_note: 10});
    expect(await app.c.models.Rule.countDocuments({shop: shopB})).toBe(before);
  });

  it.each([
    [{days: 3}, 'days'],
    [{rules: [{name: 'x', kind: 'team_photo', type: 'every_nth'}]}, 'rules.0.n'],
    [{dailyVolume: 0}, 'dailyVolume'],
  ])('when the request is %j, then it answers 400 naming %s', async (body, field) => {
    const res = await call('POST', '/api/rules/simulate', shopB, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain(field);
  });
});
