import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {simpleParser} from 'mailparser';
import {bigOrderId} from './support/orders';
import {api} from './support/shop-flow';
import {sendWebhook} from './support/sign';
import {MUG, questionsAsked, teamWithOutcomes} from './support/team-flow';
import {startTestApp, type TestApp} from './support/test-app';
import type {TouchDoc} from '../src/touches/touch.model';

const shop = 'team-outcomes.myshopify.com';
let app: TestApp;
let ana: {id: string};
let bo: {id: string};

const mails = () => readdirSync(app.smtp.dir).filter((f) => f.endsWith('.eml'));
const parsed = (file: string) => simpleParser(readFileSync(path.join(app.smtp.dir, file)));

beforeAll(async () => {
  app = await startTestApp();
  ({ana, bo} = await teamWithOutcomes(app, shop));
}, 180_000);
afterAll(() => app.close());

describe('GET /api/insights/team: what each person’s touches did', () => {
  it('when a customer Ana touched orders again, then her row counts it as returned, with the days, and says one return is not proof', async () => {
    const team = await api(app, shop, 'GET', '/api/insights/team');
    expect(team.status).toBe(200);
    const row = team.body.people.find((p: {name: string}) => p.name === 'Ana Lima');
    const picked = await app.c.models.Touch.countDocuments({shop, status: 'done'});
    expect(row).toMatchObject({carriedOut: picked, returned: 1});
    const back = row.touches.filter(
      (t: {returnedAfterDays: number | null}) => t.returnedAfterDays !== null,
    );
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({
      returnedAfterDays: 0,
      returnedOrderName: `#${1000 + Number(bigOrderId(31) % 100000n)}`,
    });
    expect(team.body.people.find((p: {name: string}) => p.name === 'Bo Chen')).toMatchObject({
      carriedOut: 0,
      returned: 0,
      touches: [],
    });
    expect(team.body.followUp.caveat).toMatch(/not proof/);
  });

  it('when the touch page of a carried-out touch is opened, then it shows what followed', async () => {
    const touches = await app.c.models.Touch.find({shop, status: 'done'}).lean<TouchDoc[]>();
    const details = await Promise.all(
      touches.map(async (t) => (await api(app, shop, 'GET', `/api/touches/${t._id}`)).body),
    );
    const followed = details.map((d) => d.followUp);
    expect(followed.every((f) => f && typeof f.doneAt === 'string')).toBe(true);
    expect(followed.filter((f) => f.returnedAfterDays === 0)).toHaveLength(1);
    const open = await app.c.models.Touch.findOne({shop, status: {$ne: 'done'}}).lean();
    if (open)
      expect((await api(app, shop, 'GET', `/api/touches/${open._id}`)).body.followUp).toBeNull();
  });
});

describe('the weekly digest', () => {
  it('when last week ends, then Ana (opted in) gets her digest over SMTP and Bo (not opted in) gets none; customers unnamed', async () => {
    const before = new Set(mails());
    await app.c.teamDigest.schedule(new Date(Date.now() + 7 * 86_400_000));
    await app.c.teamDigest.schedule(new Date(Date.now() + 7 * 86_400_000)); // once per week and person
    await app.c.worker.drain();
    const sent = mails().filter((f) => !before.has(f));
    expect(sent).toHaveLength(1);
    const mail = await parsed(sent[0]!);
    expect(mail.to).toMatchObject({text: 'ana@shop.example'});
    expect(mail.subject).toMatch(/Your week of human touches at/);
    expect(mail.text).toMatch(/What you did:/);
    expect(mail.text).toMatch(/ordered again/);
    expect(mail.text).toContain('the customer of #');
    expect(mail.text).not.toContain('Ada');
    expect(mail.text).toMatch(/not proof/);
  });

  it('when the shop lets personal data out, then a sample names the customer by first name; bad requests change nothing', async () => {
    expect(
      (await api(app, shop, 'PATCH', '/api/settings', {exportPersonalData: true})).status,
    ).toBe(200);
    const before = new Set(mails());
    const res = await api(app, shop, 'POST', `/api/staff/${ana.id}/digest`, {});
    expect(res.status).toBe(202);
    await app.c.worker.drain();
    const sent = mails().filter((f) => !before.has(f));
    expect(sent).toHaveLength(1);
    expect((await parsed(sent[0]!)).text).toMatch(/Ada \(#\d+\) ordered again/);

    expect((await api(app, shop, 'POST', `/api/staff/${'0'.repeat(24)}/digest`, {})).status).toBe(
      404,
    );
    const noMail = (await api(app, shop, 'POST', '/api/staff', {name: 'Cy'})).body.staff;
    expect((await api(app, shop, 'POST', `/api/staff/${noMail.id}/digest`, {})).status).toBe(400);
    const refused = await api(app, shop, 'PATCH', `/api/staff/${noMail.id}`, {weeklyDigest: true});
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.replyToEmail).toBeDefined();
    expect(
      (await api(app, shop, 'GET', '/api/staff')).body.staff.find(
        (s: {id: string}) => s.id === noMail.id,
      ).weeklyDigest,
    ).toBe(false);
    await app.c.worker.drain();
    expect(mails().filter((f) => !before.has(f))).toHaveLength(1);
    expect(
      (await api(app, shop, 'PATCH', `/api/staff/${bo.id}`, {weeklyDigest: 'yes'})).status,
    ).toBe(400);
  });
});

describe('GET /api/insights/questions: what customers keep asking', () => {
  beforeAll(() => questionsAsked(app, shop));

  it('when two orders ask the same thing about the same product, then they are one group with a count, the product linked and the answer given', async () => {
    const question = await app.c.models.Touch.findOne({
      shop,
      kind: 'answer_question',
      orderGid: `gid://shopify/Order/${bigOrderId(41)}`,
    }).lean();
    expect(
      (
        await api(app, shop, 'PATCH', `/api/touches/${question!._id}`, {
          assignee: ana.id,
          note: 'Yes: top rack, and it keeps its glaze.',
          status: 'done',
        })
      ).status,
    ).toBe(200);
    const res = await api(app, shop, 'GET', '/api/insights/questions?days=30');
    expect(res.status).toBe(200);
    expect(res.body.questions).toBe(4);
    const [top, ...rest] = res.body.groups;
    expect(top).toMatchObject({
      count: 2,
      question: 'Is the mug dishwasher safe?',
      product: {
        gid: `gid://shopify/Product/${MUG.id}`,
        title: 'Stoneware mug #1',
        adminUrl: `shopify://admin/products/${MUG.id}`,
      },
      answers: [{text: 'Yes: top rack, and it keeps its glaze.', by: 'Ana Lima'}],
    });
    expect(top.orders.map((o: {adminUrl: string}) => o.adminUrl)).toEqual([
      `shopify://admin/orders/${bigOrderId(41)}`,
      `shopify://admin/orders/${bigOrderId(42)}`,
    ]);
    // The gift message around the question is left out of its wording.
    expect(rest.map((g: {count: number}) => g.count)).toEqual([1, 1]);
    expect(
      (await api(app, shop, 'GET', '/api/insights/questions?days=90')).body.groups,
    ).toHaveLength(3);
    expect((await api(app, shop, 'GET', '/api/insights/questions?days=7')).status).toBe(400);
  });

  it('when a customer who asked is redacted, then their question leaves the group', async () => {
    const res = await sendWebhook(app.url, app.config, {
      topic: 'customers/redact',
      shop,
      body: {
        shop_id: 1,
        shop_domain: shop,
        customer: {id: 142, email: 'customer142@example.com', phone: null},
        orders_to_redact: [String(bigOrderId(42))],
      },
    });
    expect(res.status).toBe(200);
    await app.settle();
    await app.c.worker.drain();
    const groups = (await api(app, shop, 'GET', '/api/insights/questions?days=30')).body.groups;
    expect(groups.map((g: {count: number}) => g.count)).toEqual([1, 1, 1]);
    expect(JSON.stringify(groups)).not.toContain('Happy birthday Sam');
  });
});
