import {api, shopWithOrders} from './support/shop-flow';
import {sessionToken} from './support/sign';
import {pdfWords} from './support/pdf';
import {startTestApp, type TestApp} from './support/test-app';

const shop = 'pen-a.myshopify.com';
let app: TestApp;

async function pdf(method: string, path: string, body?: object) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop)}`,
      'content-type': 'application/json',
    },
    body: body && JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return (await pdfWords(Buffer.from(await res.arrayBuffer()))).map((w) => w.text).join(' ');
}

const cards = async () =>
  (await api(app, shop, 'GET', '/api/touches?kind=handwritten_card&sort=oldest')).body
    .touches as any[];

beforeAll(async () => {
  app = await startTestApp();
  await shopWithOrders(app, shop, 20);
});
afterAll(() => app.close());

describe('the pen by default', () => {
  it('when rules are read, then cards and sticker notes are written by pen unless a rule prints them; other kinds have no medium', async () => {
    const rules = (await api(app, shop, 'GET', '/api/rules')).body.rules as any[];
    expect(rules.find((r) => r.kind === 'handwritten_card').medium).toBe('pen');
    const photo = rules.find((r) => r.kind === 'team_photo');
    expect(photo.medium).toBeNull();
    const wrong = await api(app, shop, 'PATCH', `/api/rules/${photo.id}`, {medium: 'print'});
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.medium).toBeDefined();
  });

  it('when a card is to be written by pen, then the write list gives the writer what they need and the sticker says whose card goes in the box', async () => {
    const [card] = await cards();
    expect(card.medium).toBe('pen');
    const draft = 'Dear friend, thank you for the twentieth order of our shop';
    expect((await api(app, shop, 'PATCH', `/api/touches/${card.id}`, {note: draft})).status).toBe(
      200,
    );
    const detail = (await api(app, shop, 'GET', `/api/touches/${card.id}`)).body;
    const first = detail.customer.displayName.split(' ')[0];
    const list = await pdf('GET', '/api/print/write-list');
    expect(list).toContain(card.orderName);
    expect(list).toContain(`Card for ${first}, ${detail.order.shipCity}`);
    expect(list).toContain(detail.order.items[0].title.split(' ')[0]);
    expect(list).toContain('Your draft: copy it by hand');
    expect(list).toContain(draft);
    const sticker = await pdf('POST', '/api/print/stickers', {
      touchIds: [card.id],
      stock: 'thermal-4x6',
    });
    expect(sticker).toContain(`Put the signed card for ${first} in this box`);
    expect(sticker).not.toContain('twentieth');

    await api(app, shop, 'PATCH', `/api/touches/${card.id}`, {status: 'done'});
    expect(await pdf('GET', '/api/print/write-list')).not.toContain(card.orderName);
  });

  it('when the card rule prints its notes, then new cards record medium print, stay off the write list and print the note', async () => {
    const rule = ((await api(app, shop, 'GET', '/api/rules')).body.rules as any[]).find(
      (r) => r.kind === 'handwritten_card',
    );
    const saved = await api(app, shop, 'PATCH', `/api/rules/${rule.id}`, {medium: 'print'});
    expect(saved.body.rule.medium).toBe('print');
    const res = await fetch(`${app.config.SHOPIFY_LOCAL_ORIGIN}/local/shops/${shop}/orders`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({count: 20, newCustomers: true, seed: 9}),
    });
    expect(res.status).toBe(201);
    await app.shopify.sender.settled();
    await app.settle();
    const printed = (await cards()).find((c) => c.medium === 'print');
    expect(printed).toBeDefined();
    await api(app, shop, 'PATCH', `/api/touches/${printed.id}`, {
      note: 'Printed words, signed by the shop',
    });
    expect(await pdf('GET', '/api/print/write-list')).not.toContain(printed.orderName);
    const sticker = await pdf('POST', '/api/print/stickers', {
      touchIds: [printed.id],
      stock: 'thermal-4x6',
    });
    expect(sticker).toContain('Printed words');
    expect(sticker).not.toContain('Put the signed card');
  });

  it('when a sticky label is given by hand with a pen, then it is on the write list and its sticker says which box the label goes on', async () => {
    const [card] = await cards();
    const given = await api(app, shop, 'POST', '/api/touches', {
      orderId: card.orderId,
      kind: 'sticker_note',
      note: 'Thank you for coming back to us',
      medium: 'pen',
    });
    expect(given.status).toBe(201);
    const label = given.body.touch;
    expect(label.medium).toBe('pen');
    const detail = (await api(app, shop, 'GET', `/api/touches/${label.id}`)).body;
    const first = detail.customer.displayName.split(' ')[0];
    expect(await pdf('GET', '/api/print/write-list')).toContain('Thank you for coming back');
    const sticker = await pdf('POST', '/api/print/stickers', {
      touchIds: [label.id],
      stock: 'thermal-4x6',
    });
    expect(sticker).toContain(`Stick the handwritten label for ${first} on this box`);
    expect(sticker).not.toContain('coming back');
  });

  it('when a sticker note is given by hand without a medium, then it is printed as before; a medium on another kind is a 400', async () => {
    const [, card] = await cards();
    const given = await api(app, shop, 'POST', '/api/touches', {
      orderId: card.orderId,
      kind: 'sticker_note',
      note: 'Printed in the handwriting font',
    });
    expect(given.status).toBe(201);
    expect(given.body.touch.medium).toBe('print');
    const sticker = await pdf('POST', '/api/print/stickers', {
      touchIds: [given.body.touch.id],
      stock: 'thermal-4x6',
    });
    expect(sticker).toContain('Printed in the handwriting font');
    const wrong = await api(app, shop, 'POST', '/api/touches', {
      orderId: card.orderId,
      kind: 'phone_call',
      medium: 'pen',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.medium).toBeDefined();
  });
});
