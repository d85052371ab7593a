import type {NewTouch, TouchDoc} from '../src/touches';
import {sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'stages-a.myshopify.com';
let app: TestApp;
const ANA = '501';
const PAT = '502';

async function call(method: string, path: string, body?: unknown, userId = ANA) {
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

let n = 0;
async function touch(over: Partial<NewTouch> = {}): Promise<TouchDoc> {
  const no = ++n;
  const key = `stages-test:${no}:${Math.random()}`;
  await app.c.touches.record([
    {
      shop,
      dedupeKey: key,
      kind: 'handwritten_card',
      status: 'open',
      skipReason: null,
      ruleId: null,
      slot: null,
      orderGid: `gid://shopify/Order/${7000 + no}`,
      orderName: `#${7000 + no}`,
      sequence: no,
      orderCreatedAt: new Date(),
      customerGid: null,
      customerName: null,
      ...over,
    } as NewTouch,
  ]);
  return (await app.c.workingSet.read(shop)).find((t) => t.dedupeKey === key)!;
}

const queueIds = async (state: string) =>
  (await call('GET', `/api/print/queue?state=${state}`)).body.orders.flatMap((o: any) =>
    o.touches.map((t: any) => t.id),
  );

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, user] of [
    ['Ana Lima', ANA],
    ['Pat Reyes', PAT],
  ]) {
    const created = await call('POST', '/api/staff', {name}, user);
    expect(created.status).toBe(201);
    const me = await call('PUT', '/api/staff/me', {staffId: created.body.staff.id}, user);
    expect(me.status).toBe(200);
  }
});
afterAll(() => app.close());

describe('stages of a box touch', () => {
  it('when Ana finishes a handwritten card, then it stays open in the packer queue (to_print) with her name, until Pat packs it', async () => {
    const t = await touch();
    const id = String(t._id);
    const done = await call('PATCH', `/api/touches/${id}`, {status: 'done', note: 'Dear Jo'});
    expect(done.status).toBe(200);
    expect(done.body.touch).toMatchObject({status: 'open', stage: 'prepared', doneBy: null});
    expect(done.body.touch.stages).toEqual([
      {stage: 'prepared', at: expect.any(String), by: 'Ana Lima', staffId: expect.any(String)},
    ]);
    expect(await queueIds('to_print')).toContain(id);
    expect(await queueIds('packed')).not.toContain(id);

    const packed = await call('PATCH', `/api/touches/${id}`, {stage: 'packed'}, PAT);
    expect(packed.body.touch).toMatchObject({status: 'done', stage: 'packed', doneBy: PAT});
    expect(packed.body.touch.stages.map((s: any) => [s.stage, s.by])).toEqual([
      ['prepared', 'Ana Lima'],
      ['packed', 'Pat Reyes'],
    ]);
    expect(await queueIds('to_print')).not.toContain(id);
    expect(await queueIds('packed')).toContain(id);
  });

  it('when the same stage is reached twice, then it is recorded once', async () => {
    const t = await touch({kind: 'team_photo'});
    await call('PATCH', `/api/touches/${t._id}`, {status: 'done'});
    const again = await call('PATCH', `/api/touches/${t._id}`, {status: 'done'}, PAT);
    expect(again.body.touch.stages.map((s: any) => s.by)).toEqual(['Ana Lima']);
  });

  it('when a stage is not one of the kind, or comes with a status, then 400 and nothing changes', async () => {
    const t = await touch();
    const wrong = await call('PATCH', `/api/touches/${t._id}`, {stage: 'sent'});
    expect(wrong.status).toBe(400);
    const both = await call('PATCH', `/api/touches/${t._id}`, {stage: 'packed', status: 'done'});
    expect(both.status).toBe(400);
    const unknown = await call('PATCH', `/api/touches/${t._id}`, {stage: 'boxed'});
    expect(unknown.status).toBe(400);
    const after = await app.c.models.Touch.findById(t._id).lean<TouchDoc>();
    expect(after).toMatchObject({status: 'open', printedAt: null});
    expect(after!.stages ?? []).toEqual([]);
  });

  it('when bulk packing names an email touch too, then only the box touch is packed', async () => {
    const card = await touch();
    const email = await touch({kind: 'personal_email'});
    const res = await call('POST', '/api/touches/bulk', {
      ids: [String(card._id), String(email._id)],
      action: 'pack',
    });
    expect(res.body).toEqual({matched: 1, modified: 1});
    const [c, e] = await Promise.all(
      [card, email].map((t) => app.c.models.Touch.findById(t._id).lean<TouchDoc>()),
    );
    expect([c!.status, e!.status]).toEqual(['done', 'open']);
  });

  it('when a call is logged, then it is done with the logged stage', async () => {
    const t = await touch({kind: 'phone_call'});
    const res = await call('PATCH', `/api/touches/${t._id}`, {status: 'done'});
    expect(res.body.touch).toMatchObject({status: 'done', stage: 'logged'});
  });
});

describe('touches from before stages', () => {
  it('when a stored touch has no stages, then its stage is derived from its status and nothing is written', async () => {
    const t = await touch({kind: 'team_photo'});
    const doneAt = new Date('2026-01-05T10:00:00Z');
    await app.c.models.Touch.collection.updateOne(
      {_id: t._id},
      {$set: {status: 'done', doneBy: '77', doneAt}, $unset: {stages: ''}},
    );
    await app.c.workingSet.changed(shop, null);
    const res = await call('GET', `/api/touches?status=done&kind=team_photo`);
    const found = res.body.touches.find((x: any) => x.id === String(t._id));
    expect(found).toMatchObject({stage: 'packed'});
    expect(found.stages).toEqual([
      {stage: 'packed', at: doneAt.toISOString(), by: null, staffId: null},
    ]);
    const raw = await app.c.models.Touch.collection.findOne({_id: t._id});
    expect(raw).not.toHaveProperty('stages');
  });
});

describe('who I am', () => {
  it('when a second user claims a profile already taken, then 409; GET me names the profile', async () => {
    const me = await call('GET', '/api/staff/me');
    expect(me.body.staff).toMatchObject({name: 'Ana Lima', claimed: true});
    const taken = await call('PUT', '/api/staff/me', {staffId: me.body.staff.id}, '503');
    expect(taken.status).toBe(409);
    expect((await call('GET', '/api/staff/me', undefined, '503')).body).toEqual({staff: null});
    expect((await call('PUT', '/api/staff/me', {staffId: 'nope'})).status).toBe(400);
  });
});
