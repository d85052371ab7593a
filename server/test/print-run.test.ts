import path from 'node:path';
import type {TouchDoc} from '../src/touches';
import {boxTouches, inCell} from './support/bench';
import {labelRect, STOCKS} from '../src/print/stocks';
import {api} from './support/shop-flow';
import {sessionToken} from './support/sign';
import {pdfPages, pdfToPngs, pdfWords} from './support/pdf';
import {startTestApp, type TestApp} from './support/test-app';

const RESULTS = path.resolve(__dirname, '../../test-results/print');
const shop = 'bench-a.myshopify.com';
let app: TestApp;

const record = (count: number, first: number) => boxTouches(app, shop, count, first);

async function print(body: object) {
  const res = await fetch(`${app.url}/api/print/stickers`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${sessionToken(app.config, shop)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return {status: res.status, headers: res.headers, pdf: Buffer.from(await res.arrayBuffer())};
}

beforeAll(async () => {
  app = await startTestApp();
  expect((await api(app, shop, 'GET', '/api/print/stocks')).status).toBe(200);
});
afterAll(() => app.close());

describe('the packing bench', () => {
  it('when a 72-sticker run starts at label 10, then one PDF carries every sticker on continuing label positions, and the next free label is kept', async () => {
    const touches = await record(72, 1001);
    const res = await print({
      touchIds: touches.map((t) => String(t._id)),
      stock: 'avery-5160',
      startPosition: 10,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-printed-count')).toBe('72');
    const stock = STOCKS['avery-5160'];
    // 21 labels fill the first sheet from position 10, 30 the second, 21 the third.
    expect(await pdfPages(res.pdf)).toHaveLength(3);
    const words = await pdfWords(res.pdf);
    touches.forEach((t, i) => {
      const slot = 9 + i;
      const cell = inCell(words, Math.floor(slot / 30) + 1, labelRect(stock, slot % 30));
      expect(cell.map((w) => w.text)).toContain(t.orderName);
    });
    // Every order number printed exactly once, nothing above label 10 on the first sheet.
    const names = words.filter((w) => /^#\d+$/.test(w.text)).map((w) => w.text);
    expect(names.sort()).toEqual(touches.map((t) => t.orderName).sort());
    expect(words.filter((w) => w.page === 1 && w.yMax < labelRect(stock, 9).y)).toEqual([]);
    await pdfToPngs(res.pdf, RESULTS, 'bench-72-from-label-10', {pages: 3});

    const stocks = (await api(app, shop, 'GET', '/api/print/stocks')).body;
    expect(stocks.nextLabel).toEqual({stock: 'avery-5160', position: 22});
    const toPack = (await api(app, shop, 'GET', '/api/print/queue?state=to_pack&limit=100')).body;
    expect(toPack.totals.stickers).toBe(72);
  });

  it('when the PDF never reaches the bench, then its stickers are not marked printed', async () => {
    const [t] = await record(1, 3001);
    const plan = await app.c.print.plan(shop, {touchIds: [String(t!._id)], reprint: false});
    const run = await app.c.print.claim(shop, plan, '42');
    expect((await app.c.models.Touch.findById(t!._id).lean<TouchDoc>())!.printedAt).not.toBeNull();
    await app.c.print.notHandedOver(run);
    const back = await app.c.models.Touch.findById(t!._id).lean<TouchDoc>();
    expect(back).toMatchObject({printedAt: null, printedBy: null, printCount: 0});
    const queue = (await api(app, shop, 'GET', '/api/print/queue?state=to_print&q=3001')).body;
    expect(queue.orders.map((o: any) => o.orderName)).toEqual(['#3001']);
  });

  it('when an order number is searched, then only that order is listed, whichever state it is in', async () => {
    const found = (await api(app, shop, 'GET', '/api/print/queue?state=all&q=%231042')).body;
    expect(found.orders.map((o: any) => o.orderName)).toEqual(['#1042']);
    expect(found.orders[0].touches[0].printedAt).not.toBeNull();
    const none = (await api(app, shop, 'GET', '/api/print/queue?state=all&q=99999')).body;
    expect(none.orders).toEqual([]);
  });

  it('when the packer loads a fresh sheet, then the next label is kept per shop; off the sheet is 400', async () => {
    const off = await api(app, shop, 'PUT', '/api/print/next-label', {
      stock: 'avery-5160',
      position: 31,
    });
    expect(off.status).toBe(400);
    const set = await api(app, shop, 'PUT', '/api/print/next-label', {
      stock: 'avery-5160',
      position: 1,
    });
    expect(set.status).toBe(200);
    expect((await api(app, shop, 'GET', '/api/print/stocks')).body.nextLabel).toEqual({
      stock: 'avery-5160',
      position: 1,
    });
    const other = await api(app, 'bench-b.myshopify.com', 'GET', '/api/print/stocks');
    expect(other.body.nextLabel).toBeNull();
  });
});
