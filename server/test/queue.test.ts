import {archiveFinishedTouches, ARCHIVE_AFTER_DAYS, createWorkingSet} from '../src/touches';
import {sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'queue-a.myshopify.com';
let app: TestApp;

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop, {sub: '42'})}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {status: res.status, body: (await res.json().catch(() => null)) as any};
}

const list = async (query: string) => {
  const res = await call('GET', `/api/touches?${query}`);
  expect(res.status).toBe(200);
  return res.body as {touches: any[]; nextCursor: string | null};
};

beforeAll(async () => {
  app = await startTestApp();
  expect((await call('GET', '/api/touches')).status).toBe(200);
  await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({count: 60, newCustomers: true}),
  });
  await app.shopify.sender.settled();
  await app.settle();
});
afterAll(() => app.close());

describe('the queue list', () => {
  it('when touches are created, then each is due a day after its order (the shop’s dispatch window)', async () => {
    const {touches} = await list('limit=200');
    expect(touches).toHaveLength(6 + 3 + 1); // photos at 10..60, cards at 20/40/60, the email at 50
    for (const t of touches)
      expect(Date.parse(t.dueAt) - Date.parse(t.orderCreatedAt)).toBe(24 * 3_600_000);
  });

  it('when sorted by due date and paged two at a time, then every touch comes once, in order', async () => {
    const seen: any[] = [];
    let cursor: string | null = null;
    do {
      const page: {touches: any[]; nextCursor: string | null} = await list(
        `sort=due&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.touches);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(10);
    expect(new Set(seen.map((t) => t.id)).size).toBe(10);
    const due = seen.map((t) => Date.parse(t.dueAt));
    expect(due).toEqual([...due].sort((a, b) => a - b));
  });

  it('when searched by order name or customer, then only matches come back, case-insensitively', async () => {
    const all = (await list('limit=200')).touches;
    const one = all.find((t) => t.kind === 'personal_email');
    const sameOrder = all
      .filter((t) => t.orderName === one.orderName)
      .map((t) => t.id)
      .sort();
    expect(
      (await list(`q=${encodeURIComponent(one.orderName)}`)).touches.map((t) => t.id).sort(),
    ).toEqual(sameOrder);
    const name = one.customer.displayName as string;
    const byName = (await list(`q=${encodeURIComponent(name.toUpperCase())}`)).touches;
    expect(byName.map((t) => t.id)).toContain(one.id);
    expect((await list('q=.*')).touches).toEqual([]); // a regex is searched for literally
  });

  it('when filtered by due date and assignee, then the filters combine', async () => {
    const all = (await list('limit=200&sort=due')).touches;
    const [first] = all;
    const from = first.dueAt;
    const to = new Date(Date.parse(first.dueAt) + 1).toISOString();
    expect((await list(`from=${from}&to=${to}`)).touches.map((t) => t.id)).toContain(first.id);
    await call('PATCH', `/api/touches/${first.id}`, {assignee: 'aaaaaaaaaaaaaaaaaaaaaaaa'});
    expect((await list('assignee=aaaaaaaaaaaaaaaaaaaaaaaa')).touches.map((t) => t.id)).toEqual([
      first.id,
    ]);
    expect((await list('assignee=unassigned&limit=200')).touches).toHaveLength(all.length - 1);
  });

  it.each([
    ['sort=cheapest', 'sort'],
    ['from=yesterday', 'from'],
    ['from=2026-02-02&to=2026-02-01', 'to'],
    ['q=', 'q'],
    ['archived=maybe', 'archived'],
    ['limit=0', 'limit'],
    ['status[$ne]=open', '(body)'],
  ])('when the query is %s, then it answers 400 naming %s', async (query, field) => {
    const res = await call('GET', `/api/touches?${query}`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain(field);
  });

  it('when a cursor from one sort is used with another, then it answers 400', async () => {
    const {nextCursor} = await list('sort=due&limit=1');
    expect((await call('GET', `/api/touches?sort=newest&cursor=${nextCursor}`)).status).toBe(400);
  });
});

describe('the history', () => {
  it(`when a finished touch has not changed for ${ARCHIVE_AFTER_DAYS} days, then it moves to the history, readable but no longer editable`, async () => {
    const {touches} = await list('kind=team_photo&limit=3');
    const [old, recent, open] = touches;
    await call('POST', '/api/touches/bulk', {ids: [old.id, recent.id], action: 'pack'});
    const longAgo = new Date(Date.now() - (ARCHIVE_AFTER_DAYS + 1) * 86_400_000);
    const {Touch, TouchArchive} = app.c.models;
    await Touch.collection.updateOne(
      {_id: new (require('mongoose').Types.ObjectId)(old.id)},
      {$set: {updatedAt: longAgo}},
    );
    app.c.workingSet.forget(shop); // written behind the app's back

    expect(await archiveFinishedTouches(app.c)).toBe(1);
    expect(await archiveFinishedTouches(app.c)).toBe(0);
    expect(await Touch.countDocuments({shop})).toBe(9);
    expect(await TouchArchive.countDocuments({shop})).toBe(1);

    const working = (await list('limit=200')).touches.map((t) => t.id);
    expect(working).toEqual(expect.arrayContaining([recent.id, open.id]));
    expect(working).not.toContain(old.id);
    expect((await list('archived=true')).touches.map((t) => t.id)).toEqual([old.id]);
    const detail = await call('GET', `/api/touches/${old.id}`);
    expect(detail.body.touch).toMatchObject({
      id: old.id,
      status: 'done',
      archived: true,
      doneBy: '42',
    });
    const edit = await call('PATCH', `/api/touches/${old.id}`, {status: 'open'});
    expect(edit.status).toBe(409);
    expect((await TouchArchive.findById(old.id).lean())?.status).toBe('done');
  });

  it('when a touch is changed while its batch is being archived, then it stays in the working set with one copy', async () => {
    const {Touch, TouchArchive} = app.c.models;
    const {touches} = await list('kind=handwritten_card&limit=1');
    const [card] = touches;
    await call('PATCH', `/api/touches/${card.id}`, {stage: 'packed'});
    const longAgo = new Date(Date.now() - (ARCHIVE_AFTER_DAYS + 2) * 86_400_000);
    const id = new (require('mongoose').Types.ObjectId)(card.id);
    await Touch.collection.updateOne({_id: id}, {$set: {updatedAt: longAgo}});
    app.c.workingSet.forget(shop);
    // Someone reopens it between the copy and the delete.
    const insertMany = TouchArchive.collection.insertMany.bind(TouchArchive.collection);
    const spy = jest
      .spyOn(TouchArchive.collection, 'insertMany')
      .mockImplementation(async (...args: Parameters<typeof insertMany>) => {
        const result = await insertMany(...args);
        await call('PATCH', `/api/touches/${card.id}`, {status: 'open'});
        return result;
      });
    try {
      expect(await archiveFinishedTouches(app.c)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect((await Touch.findById(id).lean())?.status).toBe('open');
    expect(await TouchArchive.countDocuments({_id: id})).toBe(0);
  });
});

describe('the working set cache', () => {
  const strip = (touches: any[]) =>
    touches.map(({id, status, assignee, note, doneBy, doneAt, dueAt, createdAt}) => ({
      id,
      status,
      assignee,
      note,
      doneBy,
      doneAt,
      dueAt,
      createdAt,
    }));

  it("when the app changes touches, then it updates its cache without reading the shop's touches again, and the cache equals the database", async () => {
    const {touches} = await list('status=open&limit=4');
    const before = (await list('limit=200')).touches.length;
    const loads = app.c.workingSet.loads();
    await call('PATCH', `/api/touches/${touches[0].id}`, {
      note: 'Thank you for coming back, Ada.',
      status: 'done',
    });
    await call('POST', '/api/touches/bulk', {
      ids: touches.slice(1, 3).map((t: any) => t.id),
      action: 'skip',
      skipReason: 'customer_asked',
    });
    await call('POST', '/api/touches/bulk', {
      ids: [touches[3].id],
      action: 'assign',
      assignee: 'bbbbbbbbbbbbbbbbbbbbbbbb',
    });
    await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({count: 10}),
    });
    await app.shopify.sender.settled();
    await app.settle();
    const cached = (await list('limit=200&sort=due')).touches;
    expect(app.c.workingSet.loads()).toBe(loads);
    expect(cached).toHaveLength(before + 1); // order #70's team photo

    app.c.workingSet.forget(shop);
    const fresh = (await list('limit=200&sort=due')).touches;
    expect(app.c.workingSet.loads()).toBe(loads + 1);
    expect(strip(cached)).toEqual(strip(fresh));
  });

  it("when another process changes a touch, then this process's next read sees it", async () => {
    const other = createWorkingSet({models: app.c.models}); // the cache of a second app process
    const [first] = await other.read(shop).then((ts) => ts.filter((t) => t.status === 'open'));
    const loads = other.loads();
    await call('PATCH', `/api/touches/${first!._id}`, {stage: 'packed'});
    const after = (await other.read(shop)).find((t) => t._id.equals(first!._id));
    expect(after?.status).toBe('done');
    expect(other.loads()).toBe(loads + 1);
    await other.read(shop);
    expect(other.loads()).toBe(loads + 1); // nothing changed since: served from memory
  });
});

describe('the be-human check’s material', () => {
  it("when a touch is opened, then the shop's latest notes by anyone come with it (not its own)", async () => {
    const [a, b] = (await list('status=open&limit=2')).touches;
    const note = 'Sam packed this with the last of the lavender soap, just for you.';
    await call('PATCH', `/api/touches/${a.id}`, {note});
    const detail = await call('GET', `/api/touches/${b.id}`);
    expect(detail.body.recentShopNotes).toContain(note);
    expect((await call('GET', `/api/touches/${a.id}`)).body.recentShopNotes).not.toContain(note);
  });
});

describe('assignment of new touches', () => {
  const teamShop = 'queue-team.myshopify.com';
  const as = (method: string, path: string, body?: unknown) =>
    fetch(`${app.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${sessionToken(app.config, teamShop)}`,
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (r) => ({status: r.status, body: (await r.json().catch(() => null)) as any}));

  it('when the team is two people, then orders with touches go to each in turn, one person per box, with capacity summed', async () => {
    const jo = (await as('POST', '/api/staff', {name: 'Jo', dailyCapacityMinutes: 60})).body.staff;
    const sam = (await as('POST', '/api/staff', {name: 'Sam', dailyCapacityMinutes: 45})).body
      .staff;
    await as('POST', '/api/staff', {name: 'Away', dailyCapacityMinutes: 30, active: false});
    await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${teamShop}/orders`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({count: 40, newCustomers: true}),
    });
    await app.shopify.sender.settled();
    await app.settle();
    const touches = (await as('GET', '/api/touches?sort=due&limit=200')).body.touches as any[];
    const [first, second] = [jo.id, sam.id].sort();
    const bySequence = Object.fromEntries(
      touches.map((t) => [`${t.sequence}:${t.kind}`, t.assignee]),
    );
    expect(bySequence).toEqual({
      '10:team_photo': first,
      '20:team_photo': second,
      '20:handwritten_card': second,
      '30:team_photo': first,
      '40:team_photo': second,
      '40:handwritten_card': second,
    });
    const summary = (await as('GET', '/api/summary')).body;
    expect(summary).toMatchObject({open: 6, capacity: {activeStaff: 2, minutesAvailable: 105}});
    expect(summary.capacity.minutesDue).toBe(0); // all due tomorrow
    expect(summary.byKind).toEqual([
      expect.objectContaining({kind: 'team_photo', open: 4}),
      expect.objectContaining({kind: 'handwritten_card', open: 2}),
    ]);
  });
});
