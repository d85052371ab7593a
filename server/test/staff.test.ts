import {Types} from 'mongoose';
import type {NewTouch} from '../src/touches';
import {sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

const shopA = 'staff-a.myshopify.com';
const shopB = 'staff-b.myshopify.com';
let app: TestApp;

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('0000000d4944415478da63f8cfc0f01f0005000201f7e5d0a50000000049454e44ae426082', 'hex'),
]);
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

const auth = (shop: string) => ({authorization: `Bearer ${sessionToken(app.config, shop)}`});

async function call(method: string, path: string, shop: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {...auth(shop), 'content-type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}

async function putPhoto(shop: string, id: string, bytes: Buffer, contentType: string) {
  const res = await fetch(`${app.url}/api/staff/${id}/photo`, {
    method: 'PUT',
    headers: {...auth(shop), 'content-type': contentType},
    body: bytes,
  });
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}

const getPhoto = (shop: string, id: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/api/staff/${id}/photo`, {headers: {...auth(shop), ...headers}});

const newStaff = async (shop: string, body: Record<string, unknown> = {}) => {
  const res = await call('POST', '/api/staff', shop, {name: 'Sam Okafor', ...body});
  expect(res.status).toBe(201);
  return res.body.staff;
};

let orderNo = 0;
function touch(shop: string, over: Partial<NewTouch> & Record<string, unknown> = {}): NewTouch {
  orderNo++;
  return {
    shop,
    dedupeKey: `test:${orderNo}`,
    kind: 'handwritten_card',
    status: 'open',
    skipReason: null,
    ruleId: null,
    slot: null,
    orderGid: `gid://shopify/Order/${orderNo}`,
    orderName: `#${1000 + orderNo}`,
    sequence: orderNo,
    orderCreatedAt: new Date(),
    customerGid: null,
    customerName: null,
    ...over,
  } as NewTouch;
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('staff profiles', () => {
  it('when a profile is added, changed and deleted, then the list shows each step', async () => {
    expect((await call('GET', '/api/staff', shopA)).body).toEqual({staff: []});
    const created = await newStaff(shopA, {
      role: 'Packing lead',
      replyToEmail: 'sam@example.com',
      signature: {type: 'typed', text: 'Sam'},
    });
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: 'Sam Okafor',
      role: 'Packing lead',
      replyToEmail: 'sam@example.com',
      dailyCapacityMinutes: 30,
      active: true,
      signature: {type: 'typed', text: 'Sam'},
      weeklyDigest: false,
      hasPhoto: false,
      claimed: false,
      photoUrl: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const drawn = {type: 'drawn', svgPath: 'M 10 50 Q 40 10 70 50 L 120 40 C 130 30 150 30 160 45'};
    const patched = await call('PATCH', `/api/staff/${created.id}`, shopA, {
      dailyCapacityMinutes: 90,
      role: null,
      signature: drawn,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.staff).toMatchObject({
      name: 'Sam Okafor',
      role: null,
      dailyCapacityMinutes: 90,
      signature: drawn,
      replyToEmail: 'sam@example.com',
    });
    const listed = (await call('GET', '/api/staff', shopA)).body.staff;
    expect(listed).toEqual([{...patched.body.staff, stats: {doneThisWeek: 0, doneToday: 0}}]);
    expect((await call('DELETE', `/api/staff/${created.id}`, shopA)).status).toBe(204);
    expect((await call('GET', '/api/staff', shopA)).body.staff).toEqual([]);
    expect((await call('DELETE', `/api/staff/${created.id}`, shopA)).status).toBe(404);
  });

  it('when the team is listed, then active people come first, each group by name', async () => {
    const shop = 'staff-order.myshopify.com';
    for (const [name, active] of [
      ['zoë', true],
      ['Ada', false],
      ['bea', true],
      ['Cy', false],
    ] as const)
      await newStaff(shop, {name, active});
    expect((await call('GET', '/api/staff', shop)).body.staff.map((s: any) => s.name)).toEqual([
      'bea',
      'zoë',
      'Ada',
      'Cy',
    ]);
  });

  it.each([
    ['an empty name', {name: ''}, 'name'],
    ['a capacity of -1', {dailyCapacityMinutes: -1}, 'dailyCapacityMinutes'],
    ['a capacity beyond 16 hours', {dailyCapacityMinutes: 961}, 'dailyCapacityMinutes'],
    ['a fractional capacity', {dailyCapacityMinutes: 12.5}, 'dailyCapacityMinutes'],
    ['an invalid email', {replyToEmail: 'sam at example'}, 'replyToEmail'],
    [
      'a drawn signature with a script',
      {signature: {type: 'drawn', svgPath: '<script>alert(1)</script>'}},
      'signature.svgPath',
    ],
    [
      'a drawn signature with non-path characters',
      {signature: {type: 'drawn', svgPath: 'M 1 2 L 3 4 Z" onload="x'}},
      'signature.svgPath',
    ],
    [
      'a typed signature of 61 characters',
      {signature: {type: 'typed', text: 'x'.repeat(61)}},
      'signature.text',
    ],
    ['an unknown signature type', {signature: {type: 'stamped', text: 'Sam'}}, 'signature.type'],
    ['a made-up field', {shop: shopB}, '(body)'],
    ['a Mongo operator as the name', {name: {$gt: ''}}, 'name'],
    ['a Mongo operator as the email', {replyToEmail: {$gt: ''}}, 'replyToEmail'],
  ])(
    'when a new profile has %s, then it answers 400 naming %s and stores nothing',
    async (_name, body, field) => {
      const shop = 'staff-invalid.myshopify.com';
      const res = await call('POST', '/api/staff', shop, {name: 'Sam', ...body});
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
      expect(await app.c.models.Staff.countDocuments({shop})).toBe(0);
    },
  );

  it('when a change has bad fields, then it answers 400 naming each and the profile is unchanged', async () => {
    const sam = await newStaff(shopA, {name: 'Unchanged'});
    const before = await app.c.models.Staff.findById(sam.id).lean();
    const res = await call('PATCH', `/api/staff/${sam.id}`, shopA, {
      name: '',
      dailyCapacityMinutes: -1,
      replyToEmail: 'nope',
      active: {$ne: false},
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'active',
      'dailyCapacityMinutes',
      'name',
      'replyToEmail',
    ]);
    expect(await app.c.models.Staff.findById(sam.id).lean()).toEqual(before);
  });

  it('when a name or role carries control or text-direction characters, then it is 400 and nothing is stored', async () => {
    const before = await app.c.models.Staff.countDocuments({shop: shopA});
    for (const body of [
      {name: 'Jo\u202Eevil'}, // right-to-left override: shown as "Jolive"
      {name: 'Jo\u2066Baker'},
      {name: 'Jo\u0007Baker'},
      {name: 'Jo Baker', role: 'Pack\u200Fing'},
    ]) {
      const res = await call('POST', '/api/staff', shopA, body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual([Object.keys(body).at(-1)]);
    }
    expect(await app.c.models.Staff.countDocuments({shop: shopA})).toBe(before);
    expect((await call('POST', '/api/staff', shopA, {name: 'Zoë Ĺouise 陈'})).status).toBe(201);
  });

  it('when an id is malformed or unknown, then it is not found', async () => {
    for (const id of ['nope', '0'.repeat(24), 'ZZZZZZZZZZZZZZZZZZZZZZZZ', `${'a'.repeat(24)}x`]) {
      expect((await call('PATCH', `/api/staff/${id}`, shopA, {name: 'X'})).status).toBe(404);
      expect((await call('DELETE', `/api/staff/${id}`, shopA)).status).toBe(404);
      expect((await getPhoto(shopA, id)).status).toBe(404);
    }
  });
});

describe('staff photos', () => {
  it('when a PNG is uploaded, then it comes back byte for byte with its type, a private cache and an ETag', async () => {
    const sam = await newStaff(shopA, {name: 'Photo Sam'});
    const put = await putPhoto(shopA, sam.id, PNG, 'image/png');
    expect(put.status).toBe(200);
    expect(put.body.photo).toMatchObject({contentType: 'image/png', size: PNG.length});
    const got = await getPhoto(shopA, sam.id);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('cache-control')).toBe('private, max-age=300');
    const etag = got.headers.get('etag');
    expect(etag).toBe(put.body.photo.etag);
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    // (fetch would add `cache-control: no-cache` to a conditional request, which forbids a 304)
    expect(
      (await getPhoto(shopA, sam.id, {'if-none-match': etag!, 'cache-control': 'max-age=0'}))
        .status,
    ).toBe(304);
    const listed = (await call('GET', '/api/staff', shopA)).body.staff.find(
      (s: any) => s.id === sam.id,
    );
    expect(listed).toMatchObject({
      hasPhoto: true,
      photoUrl: expect.stringMatching(new RegExp(`^/api/staff/${sam.id}/photo\\?v=`)),
    });
    // The staff document holds no image bytes, only what describes them.
    expect(JSON.stringify(await app.c.models.Staff.findById(sam.id).lean())).not.toContain('data');
  });

  it('when a JPEG replaces the photo and the photo is then removed, then each read shows it', async () => {
    const sam = await newStaff(shopA, {name: 'Replaced'});
    await putPhoto(shopA, sam.id, PNG, 'image/png');
    expect((await putPhoto(shopA, sam.id, JPEG, 'image/jpeg')).status).toBe(200);
    const got = await getPhoto(shopA, sam.id);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await got.arrayBuffer()).equals(JPEG)).toBe(true);
    expect((await call('DELETE', `/api/staff/${sam.id}/photo`, shopA)).status).toBe(204);
    expect((await getPhoto(shopA, sam.id)).status).toBe(404);
    expect(
      (await call('GET', '/api/staff', shopA)).body.staff.find((s: any) => s.id === sam.id),
    ).toMatchObject({hasPhoto: false, photoUrl: null});
  });

  it('when a photo is 3 MB, then it answers 413 and nothing is stored', async () => {
    const sam = await newStaff(shopA, {name: 'Big'});
    const big = Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]);
    expect((await putPhoto(shopA, sam.id, big, 'image/png')).status).toBe(413);
    expect(await app.c.models.StaffPhoto.countDocuments({_id: new Types.ObjectId(sam.id)})).toBe(0);
  });

  // (a JSON body is read by the /api JSON parser first: one that is not JSON answers 400 there)
  it.each([
    ['text/plain', PNG],
    ['image/svg+xml', PNG],
    ['image/gif', Buffer.from('GIF89a')],
    ['application/json', Buffer.from('{"photo":"x"}')],
  ])('when a photo is sent as %s, then it answers 415', async (type, bytes) => {
    const sam = await newStaff(shopA, {name: 'Typed wrong'});
    const res = await putPhoto(shopA, sam.id, bytes, type);
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it.each([
    ['JPEG bytes', JPEG],
    ['garbage', Buffer.from('<svg onload="alert(1)"></svg>')],
    ['nothing', Buffer.alloc(0)],
  ])(
    'when a photo declared as PNG is %s, then it answers 400 and nothing is stored',
    async (_name, bytes) => {
      const sam = await newStaff(shopA, {name: 'Mislabelled'});
      const res = await putPhoto(shopA, sam.id, bytes, 'image/png');
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['photo']);
      expect((await getPhoto(shopA, sam.id)).status).toBe(404);
    },
  );

  it('when a profile with a photo is deleted, then the photo goes too', async () => {
    const sam = await newStaff(shopA, {name: 'Leaving'});
    await putPhoto(shopA, sam.id, PNG, 'image/png');
    expect((await call('DELETE', `/api/staff/${sam.id}`, shopA)).status).toBe(204);
    expect(await app.c.models.StaffPhoto.findById(sam.id).lean()).toBeNull();
  });
});

describe('shop isolation', () => {
  it("when shop B reads, changes or deletes shop A's staff member or photo, then it is not found and nothing changes", async () => {
    const sam = await newStaff(shopA, {name: 'Only in A'});
    await putPhoto(shopA, sam.id, PNG, 'image/png');
    const before = await app.c.models.Staff.findById(sam.id).lean();
    expect((await call('GET', '/api/staff', shopB)).body.staff).toEqual([]);
    expect((await call('PATCH', `/api/staff/${sam.id}`, shopB, {name: 'Taken'})).status).toBe(404);
    expect((await call('DELETE', `/api/staff/${sam.id}`, shopB)).status).toBe(404);
    expect((await getPhoto(shopB, sam.id)).status).toBe(404);
    expect((await putPhoto(shopB, sam.id, JPEG, 'image/jpeg')).status).toBe(404);
    expect((await call('DELETE', `/api/staff/${sam.id}/photo`, shopB)).status).toBe(404);
    expect(await app.c.models.Staff.findById(sam.id).lean()).toEqual(before);
    const got = await getPhoto(shopA, sam.id);
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
  });
});

describe('staff and touches', () => {
  it('when a staff member is deleted, then the touches assigned to them become unassigned and others keep theirs', async () => {
    const shop = 'staff-touches.myshopify.com';
    const [sam, ada] = [await newStaff(shop, {name: 'Sam'}), await newStaff(shop, {name: 'Ada'})];
    await app.c.touches.record([
      touch(shop, {assignee: sam.id}),
      touch(shop, {assignee: sam.id}),
      touch(shop, {assignee: ada.id}),
    ]);
    expect((await call('GET', `/api/touches?assignee=${sam.id}`, shop)).body.touches).toHaveLength(
      2,
    ); // the cached queue is loaded
    expect((await call('DELETE', `/api/staff/${sam.id}`, shop)).status).toBe(204);
    expect((await call('GET', `/api/touches?assignee=${sam.id}`, shop)).body.touches).toHaveLength(
      0,
    );
    expect((await call('GET', '/api/touches?assignee=unassigned', shop)).body.touches).toHaveLength(
      2,
    );
    expect((await call('GET', `/api/touches?assignee=${ada.id}`, shop)).body.touches).toHaveLength(
      1,
    );
    expect(await app.c.models.Touch.countDocuments({shop, assignee: sam.id})).toBe(0);
  });

  it("when touches are done this week, today and before, then the list counts each person's this week and today", async () => {
    const shop = 'staff-stats.myshopify.com';
    const [sam, ada] = [await newStaff(shop, {name: 'Sam'}), await newStaff(shop, {name: 'Ada'})];
    const longAgo = new Date(Date.now() - 10 * 86_400_000);
    const fresh = [
      touch(shop, {assignee: sam.id}),
      touch(shop, {assignee: sam.id}),
      touch(shop, {assignee: ada.id}),
      touch(shop, {assignee: sam.id}),
    ];
    await app.c.touches.record([
      ...fresh,
      touch(shop, {assignee: sam.id, status: 'done', doneAt: longAgo, doneBy: null} as never),
    ]);
    const ids = (await call('GET', '/api/touches?status=open', shop)).body.touches
      .filter((t: any) => t.assignee === sam.id)
      .map((t: any) => t.id);
    expect(ids).toHaveLength(3);
    // Box touches finish when packed (the writer's "done" only prepares them, docs/STAGES.md).
    for (const id of ids.slice(0, 2))
      expect((await call('PATCH', `/api/touches/${id}`, shop, {stage: 'packed'})).status).toBe(200);
    const stats = Object.fromEntries(
      (await call('GET', '/api/staff', shop)).body.staff.map((s: any) => [s.name, s.stats]),
    );
    expect(stats).toEqual({
      Sam: {doneThisWeek: 2, doneToday: 2},
      Ada: {doneThisWeek: 0, doneToday: 0},
    });
  });
});
