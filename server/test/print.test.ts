import path from 'node:path';
import {
  createLinkSigner,
  labelRect,
  LINK_TTL_SECONDS,
  mm,
  STOCKS,
  type StockGeometry,
} from '../src/print';
import type {NewTouch, TouchDoc} from '../src/touches';
import {LABEL_STOCKS} from '../src/shops/shop.model';
import {pdfFonts, pdfPages, pdfToPngs, pdfWords, type PdfWord} from './support/pdf';
import {sessionToken} from './support/sign';
import {startTestApp, type TestApp} from './support/test-app';

const shopA = 'print-a.myshopify.com';
const shopB = 'print-b.myshopify.com';
const RESULTS = path.resolve(__dirname, '../../test-results/print');
let app: TestApp;

type Reply = {status: number; headers: Headers; body: any; pdf: Buffer | null};

async function send(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Reply> {
  const res = await fetch(url, {
    method,
    headers: {'content-type': 'application/json', ...headers},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const isPdf = res.headers.get('content-type') === 'application/pdf';
  const bytes = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    headers: res.headers,
    pdf: isPdf ? bytes : null,
    body: isPdf ? null : JSON.parse(bytes.toString() || 'null'),
  };
}

const call = (method: string, p: string, shop: string, body?: unknown, userId = '77') =>
  send(
    method,
    `${app.url}${p}`,
    {authorization: `Bearer ${sessionToken(app.config, shop, {sub: userId})}`},
    body,
  );
const print = (shop: string, body: Record<string, unknown>, userId?: string) =>
  call('POST', '/api/print/stickers', shop, body, userId);

let orderNo = 0;
/** Writes touches through the app's own writer (the working set sees them) and returns them as stored. */
async function touches(
  shop: string,
  list: (Partial<NewTouch> & {orderNo?: number})[],
): Promise<TouchDoc[]> {
  const keys: string[] = [];
  await app.c.touches.record(
    list.map(({orderNo: n, ...over}) => {
      const no = n ?? ++orderNo;
      const key = `print-test:${shop}:${keys.length}:${no}:${over.kind ?? 'sticker_note'}:${Math.random()}`;
      keys.push(key);
      return {
        shop,
        dedupeKey: key,
        kind: 'sticker_note',
        status: 'open',
        skipReason: null,
        ruleId: null,
        slot: null,
        orderGid: `gid://shopify/Order/${no}`,
        orderName: `#${1000 + no}`,
        sequence: no,
        orderCreatedAt: new Date(),
        customerGid: null,
        customerName: null,
        ...over,
      } as NewTouch;
    }),
  );
  const stored = new Map((await app.c.workingSet.read(shop)).map((t) => [t.dedupeKey, t]));
  return keys.map((k) => stored.get(k)!);
}

const ids = (ts: TouchDoc[]) => ts.map((t) => String(t._id));
const stored = async (t: TouchDoc) => (await app.c.models.Touch.findById(t._id).lean<TouchDoc>())!;
const noteFor = (n: number) =>
  `Thank you for order ${1000 + n}, Ada — packed with care by the whole team.`;

/** The words inside a label's cell on a page (a point of slack for glyph overhang). */
const inCell = (
  words: PdfWord[],
  page: number,
  cell: {x: number; y: number; width: number; height: number},
) =>
  words.filter(
    (w) =>
      w.page === page &&
      w.xMin >= cell.x - 1 &&
      w.xMax <= cell.x + cell.width + 1 &&
      w.yMin >= cell.y - 1 &&
      w.yMax <= cell.y + cell.height + 1,
  );
const texts = (words: PdfWord[]) => words.map((w) => w.text);

let sam: {id: string};
beforeAll(async () => {
  app = await startTestApp();
  const res = await call('POST', '/api/staff', shopA, {
    name: 'Sam Okafor',
    signature: {type: 'typed', text: 'Sam'},
  });
  sam = res.body.staff;
  expect((await call('GET', '/api/settings', shopB)).status).toBe(200);
});
afterAll(() => app.close());

describe('sticker PDFs', () => {
  it('when 33 stickers print on Avery 5160, then two Letter pages carry them in order, each inside its own label, in embedded, subset Caveat', async () => {
    const notes = await touches(
      shopA,
      Array.from({length: 31}, () => ({assignee: sam.id})).map((t, i) => ({
        ...t,
        note: noteFor(orderNo + i + 1),
      })),
    );
    const packing = await touches(shopA, [{kind: 'team_photo'}, {kind: 'free_gift'}]);
    const res = await print(shopA, {touchIds: ids([...packing, ...notes]), stock: 'avery-5160'});
    expect(res.status).toBe(200);
    expect(res.headers.get('x-printed-count')).toBe('33');
    expect(res.headers.get('x-skipped-already-printed')).toBe('0');
    const pdf = res.pdf!;
    expect(await pdfPages(pdf)).toEqual([
      {width: 612, height: 792},
      {width: 612, height: 792},
    ]);
    const fonts = await pdfFonts(pdf);
    expect(fonts.filter((f) => /^[A-Z]{6}\+Caveat-Regular$/.test(f.name))).toEqual([
      expect.objectContaining({embedded: true, subset: true}),
    ]);
    const words = await pdfWords(pdf);
    const stock = STOCKS['avery-5160'];
    [...notes, ...packing].forEach((t, i) => {
      const cell = texts(inCell(words, Math.floor(i / 30) + 1, labelRect(stock, i % 30)));
      expect(cell).toContain(t.orderName);
      if (t.kind === 'sticker_note')
        expect(cell).toEqual(expect.arrayContaining([`${t.orderName.slice(1)},`, 'Ada', 'Sam']));
    });
    expect(texts(inCell(words, 2, labelRect(stock, 1))).join(' ')).toMatch(
      /Put the team photo in this box/,
    );
    expect(texts(inCell(words, 2, labelRect(stock, 2))).join(' ')).toMatch(
      /Put the free gift in this box/,
    );
    expect(texts(inCell(words, 2, labelRect(stock, 3)))).toEqual([]);
    await pdfToPngs(pdf, RESULTS, 'avery-5160-33-labels', {pages: 2});
  });

  it('when printing starts at position 29 of a used sheet, then the first label goes there and the third tops a new sheet', async () => {
    const three = await touches(
      shopA,
      [1, 2, 3].map(() => ({assignee: sam.id, note: 'Short and sweet: thank you!'})),
    );
    const res = await print(shopA, {touchIds: ids(three), stock: 'avery-5160', startPosition: 29});
    expect(res.status).toBe(200);
    expect(await pdfPages(res.pdf!)).toHaveLength(2);
    const words = await pdfWords(res.pdf!);
    const stock = STOCKS['avery-5160'];
    expect(texts(inCell(words, 1, labelRect(stock, 28)))).toContain(three[0]!.orderName);
    expect(texts(inCell(words, 1, labelRect(stock, 29)))).toContain(three[1]!.orderName);
    expect(texts(inCell(words, 2, labelRect(stock, 0)))).toContain(three[2]!.orderName);
    expect(words.filter((w) => w.page === 1 && w.yMax < labelRect(stock, 28).y)).toEqual([]);
  });

  it.each(LABEL_STOCKS.map((id) => [id, STOCKS[id]] as const))(
    'when a note and a packing sticker print on %s, then the pages have its size and each label its text',
    async (id, stock: StockGeometry) => {
      const style =
        id.startsWith('avery-22806') || id === 'thermal-4x6'
          ? 'handwriting_bordered'
          : 'handwriting';
      expect((await call('PATCH', '/api/settings', shopA, {stickerStyle: style})).status).toBe(200);
      const n = ++orderNo;
      const [note, photo] = await touches(shopA, [
        {
          assignee: sam.id,
          note: 'Thank you, Ada! We hope the candles make your evenings cosy.',
          orderNo: n,
        },
        {kind: 'handwritten_card', orderNo: n},
      ]);
      const res = await print(shopA, {touchIds: ids([note!, photo!]), stock: id});
      expect(res.status).toBe(200);
      const pages = await pdfPages(res.pdf!);
      expect(pages).toHaveLength(stock.thermal ? 2 : 1);
      for (const p of pages)
        expect([p.width, p.height]).toEqual(
          [+stock.page.width.toFixed(2), +stock.page.height.toFixed(2)].map((v) =>
            expect.closeTo(v, 1),
          ),
        );
      const words = await pdfWords(res.pdf!);
      const spot = (i: number) =>
        stock.thermal
          ? {page: i + 1, cell: labelRect(stock, 0)}
          : {page: 1, cell: labelRect(stock, i)};
      const first = inCell(words, spot(0).page, spot(0).cell);
      const second = inCell(words, spot(1).page, spot(1).cell);
      expect(texts(first)).toEqual(
        expect.arrayContaining(['Thank', 'cosy.', note!.orderName, 'Sam']),
      );
      expect(texts(second).join(' ')).toBe(`${photo!.orderName} Put the signed card in this box`);
      expect(words).toHaveLength(first.length + second.length); // nothing outside the labels
      await pdfToPngs(res.pdf!, RESULTS, `${id}-${style}`, {
        pages: 2,
        dpi: stock.thermal ? 200 : 110,
      });
      await call('PATCH', '/api/settings', shopA, {stickerStyle: 'handwriting'});
    },
  );

  it.each(LABEL_STOCKS.map((id) => [id]))(
    'when the calibration sheet for %s is printed, then each position is in its label and nothing is marked',
    async (id) => {
      const printedBefore = await app.c.models.Touch.countDocuments({printCount: {$gt: 0}});
      const res = await call('GET', `/api/print/test-sheet?stock=${id}`, shopA);
      expect(res.status).toBe(200);
      const stock = STOCKS[id];
      const words = await pdfWords(res.pdf!);
      expect(await pdfPages(res.pdf!)).toHaveLength(1);
      for (let i = 0; i < stock.columns * stock.rows; i++) {
        expect(texts(inCell(words, 1, labelRect(stock, i))).slice(0, 2)).toEqual([
          'Position',
          String(i + 1),
        ]);
      }
      await pdfToPngs(res.pdf!, RESULTS, `test-sheet-${id}`, {dpi: stock.thermal ? 200 : 80});
      expect(await app.c.models.Touch.countDocuments({printCount: {$gt: 0}})).toBe(printedBefore);
      expect((await call('GET', '/api/print/test-sheet?stock=a5', shopA)).status).toBe(400);
    },
  );

  it('when the shop calibrates its printer 2 mm right and 1.5 mm up, then every label moves by exactly that', async () => {
    const [t] = await touches(shopA, [{assignee: sam.id, note: 'Calibrated with care'}]);
    const where = async () => {
      const res = await print(shopA, {touchIds: ids([t!]), stock: 'a4-l7160', reprint: true});
      return (await pdfWords(res.pdf!)).find((w) => w.text === t!.orderName)!;
    };
    const before = await where();
    expect(
      (await call('PATCH', '/api/settings', shopA, {labelOffsetMm: {x: 2, y: -1.5}})).body.settings
        .labelOffsetMm,
    ).toEqual({x: 2, y: -1.5});
    const after = await where();
    await call('PATCH', '/api/settings', shopA, {labelOffsetMm: {x: 0, y: 0}});
    expect(after.xMin - before.xMin).toBeCloseTo(mm(2), 1);
    expect(after.yMin - before.yMin).toBeCloseTo(mm(-1.5), 1);
  });

  it('when a drawn signature, a typed one and a name sign notes, then each prints (PNG to look at)', async () => {
    const drawn = (
      await call('POST', '/api/staff', shopA, {
        name: 'Bea Drawn',
        signature: {
          type: 'drawn',
          svgPath:
            'M 20 70 C 40 10 60 10 70 60 Q 90 90 110 50 L 140 45 C 170 30 200 80 230 40 L 280 35',
        },
      })
    ).body.staff;
    const plain = (await call('POST', '/api/staff', shopA, {name: 'Cy Plain'})).body.staff;
    const ts = await touches(shopA, [
      {assignee: drawn.id, note: 'Drawn by hand, signed by hand.'},
      {assignee: sam.id, note: 'Typed signature here.'},
      {assignee: plain.id, note: 'Signed with my name.'},
      {assignee: null, note: 'Nobody assigned: no signature.'},
    ]);
    const res = await print(shopA, {touchIds: ids(ts), stock: 'avery-5163'});
    const words = await pdfWords(res.pdf!);
    const cell = (i: number) => texts(inCell(words, 1, labelRect(STOCKS['avery-5163'], i)));
    expect(cell(0)).not.toContain('Bea');
    expect(cell(1)).toContain('Sam');
    expect(cell(2)).toEqual(expect.arrayContaining(['Cy', 'Plain']));
    expect([...cell(3)].sort()).toEqual(
      [ts[3]!.orderName, ...'Nobody assigned: no signature.'.split(' ')].sort(),
    );
    await pdfToPngs(res.pdf!, RESULTS, 'avery-5163-signatures');
  });
});

describe('what prints, and what refuses', () => {
  it('when a touch prints, then it is marked printed; printed ones are left out unless reprinted', async () => {
    const [one, two] = await touches(shopA, [{note: 'First print'}, {note: 'Second print'}]);
    expect((await print(shopA, {touchIds: ids([one!])}, '901')).status).toBe(200);
    const listed = (await call('GET', '/api/touches?limit=200', shopA)).body.touches.find(
      (t: any) => t.id === String(one!._id),
    );
    expect(listed).toMatchObject({printedAt: expect.any(String), printCount: 1});
    expect(await stored(one!)).toMatchObject({printedBy: '901', printCount: 1});

    const both = await print(shopA, {touchIds: ids([one!, two!])});
    expect(both.status).toBe(200);
    expect(both.headers.get('x-skipped-already-printed')).toBe('1');
    expect(both.headers.get('x-printed-count')).toBe('1');
    expect(texts(await pdfWords(both.pdf!))).not.toContain('First');

    const again = await print(shopA, {touchIds: ids([one!, two!])});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({code: 'already_printed', touchIds: ids([one!, two!])});

    const reprint = await print(shopA, {touchIds: ids([one!, two!]), reprint: true});
    expect(reprint.status).toBe(200);
    expect(reprint.headers.get('x-printed-count')).toBe('2');
    expect([(await stored(one!)).printCount, (await stored(two!)).printCount]).toEqual([2, 2]);
  });

  it('when a touch stored before printing existed (no print fields) is printed, then it is marked like any other', async () => {
    const [t] = await touches(shopA, [{note: 'From before issue 6'}]);
    await app.c.models.Touch.collection.updateOne(
      {_id: t!._id},
      {$unset: {printedAt: '', printedBy: '', printCount: ''}},
    );
    app.c.workingSet.forget(shopA);
    expect((await print(shopA, {touchIds: ids([t!])})).status).toBe(200);
    expect(await stored(t!)).toMatchObject({printedAt: expect.any(Date), printCount: 1});
    expect((await print(shopA, {touchIds: ids([t!])})).status).toBe(409);
  });

  it('when orders are printed, then each gets its note and packing stickers side by side, and nothing else', async () => {
    const n = ++orderNo;
    const [email, photo, note] = await touches(shopA, [
      {kind: 'personal_email', orderNo: n},
      {kind: 'team_photo', orderNo: n},
      {note: 'Both in one box', orderNo: n},
    ]);
    const res = await print(shopA, {orderIds: [`gid://shopify/Order/${n}`], stock: 'avery-5163'});
    expect(res.status).toBe(200);
    expect(res.headers.get('x-printed-count')).toBe('2');
    const words = await pdfWords(res.pdf!);
    expect(texts(inCell(words, 1, labelRect(STOCKS['avery-5163'], 0)))).toContain('Both');
    expect(texts(inCell(words, 1, labelRect(STOCKS['avery-5163'], 1))).join(' ')).toMatch(
      /team photo/,
    );
    expect((await stored(email!)).printedAt).toBeNull();
    expect((await stored(photo!)).printCount).toBe(1);
    expect((await stored(note!)).printCount).toBe(1);
  });

  it('when a note is too long for the stock, then 422 names it before anything prints, and the fit check says the same', async () => {
    const long =
      'We wanted to say a proper thank you for being with us since the very first batch. '
        .repeat(3)
        .trim();
    const [ok, tooLong] = await touches(shopA, [{note: 'Fits easily'}, {note: long}]);
    const res = await print(shopA, {touchIds: ids([ok!, tooLong!]), stock: 'avery-5160'});
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'not_printable',
      stock: 'avery-5160',
      touches: [
        {
          id: String(tooLong!._id),
          orderName: tooLong!.orderName,
          kind: 'sticker_note',
          problem: 'note_too_long',
        },
      ],
    });
    expect(res.body.error.message).toContain('too long for this stock');
    expect([(await stored(ok!)).printedAt, (await stored(tooLong!)).printedAt]).toEqual([
      null,
      null,
    ]);
    expect(
      (await call('POST', '/api/print/fit', shopA, {note: long, stock: 'avery-5160'})).body,
    ).toMatchObject({stock: 'avery-5160', fits: false, fontSize: null});
    const roomy = await call('POST', '/api/print/fit', shopA, {note: long, stock: 'thermal-4x6'});
    expect(roomy.body).toMatchObject({
      stock: 'thermal-4x6',
      style: 'handwriting',
      fits: true,
      fontSize: expect.any(Number),
      lines: expect.any(Number),
      missingCharacters: [],
    });
    expect((await print(shopA, {touchIds: ids([tooLong!]), stock: 'thermal-4x6'})).status).toBe(
      200,
    );
  });

  it('when touches that put nothing in the box, or were skipped, held out or not yet written, are asked for, then 422 names each', async () => {
    const ts = await touches(shopA, [
      {kind: 'personal_email'},
      {kind: 'team_photo', status: 'skipped', skipReason: 'pos_order'},
      {kind: 'free_gift', status: 'held_out'},
      {note: null},
    ]);
    const res = await print(shopA, {touchIds: ids(ts)});
    expect(res.status).toBe(422);
    expect(res.body.error.touches.map((t: any) => t.problem).sort()).toEqual([
      'held_out',
      'not_printable_kind',
      'note_missing',
      'skipped',
    ]);
    const [email] = await touches(shopA, [{kind: 'phone_call'}]);
    const none = await print(shopA, {orderIds: [email!.orderGid]});
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('nothing_to_print');
  });

  it.each([
    ['an unknown stock', 'stock', {stock: 'avery-9999'}],
    ['a malformed touch id', 'touchIds.0', {touchIds: ['nope']}],
    ['both touch and order ids', 'touchIds', {orderIds: ['gid://shopify/Order/1']}],
    ['a start position of 0', 'startPosition', {startPosition: 0}],
    ['a start position past the sheet', 'startPosition', {startPosition: 31, stock: 'avery-5160'}],
    [
      'a second position on a thermal roll',
      'startPosition',
      {startPosition: 2, stock: 'thermal-57x32'},
    ],
    ['reprint as a string', 'reprint', {reprint: 'yes'}],
    ['a made-up field', '(body)', {copies: 2}],
    ['an order id that is not a GID', 'orderIds.0', {touchIds: undefined, orderIds: ['1001']}],
  ])(
    'when the request has %s, then it answers 400 naming %s and prints nothing',
    async (_name, field, over) => {
      const [t] = await touches(shopA, [{note: 'Never printed'}]);
      const res = await print(shopA, {touchIds: ids([t!]), ...over});
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
      expect((await stored(t!)).printCount).toBe(0);
    },
  );

  it('when the stock is unknown, then the answer lists the valid ones', async () => {
    const res = await print(shopA, {touchIds: ['0'.repeat(24)], stock: 'dymo-99010'});
    for (const id of LABEL_STOCKS) expect(res.body.error.fields.stock[0]).toContain(id);
  });

  it("when shop B asks for shop A's touches or orders, or ids that do not exist, then 404 and nothing is marked", async () => {
    const [t] = await touches(shopA, [{note: 'Only for shop A'}]);
    for (const body of [
      {touchIds: ids([t!])},
      {orderIds: [t!.orderGid]},
      {touchIds: ['0'.repeat(24)]},
    ]) {
      const res = await print(shopB, body);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await print(shopA, {orderIds: ['gid://shopify/Order/987654321']})).status).toBe(404);
    expect((await stored(t!)).printCount).toBe(0);
  });

  it('when the stocks are listed, then each comes with its sheet and the shop’s choice', async () => {
    const res = await call('GET', '/api/print/stocks', shopA);
    expect(res.body.labelStock).toBe('avery-5160');
    expect(res.body.stocks.map((s: any) => [s.id, s.labelsPerSheet])).toEqual([
      ['avery-5160', 30],
      ['avery-5163', 10],
      ['avery-22806', 12],
      ['a4-l7160', 21],
      ['thermal-4x6', 1],
      ['thermal-57x32', 1],
    ]);
    expect(res.body.stocks[3]).toMatchObject({
      pageMm: {width: 210, height: 297},
      labelMm: {width: 63.5, height: 38.1},
    });
  });
});

describe('the warehouse queue', () => {
  const shopQ = 'print-queue.myshopify.com';
  const queue = (qs = '', shop = shopQ) => call('GET', `/api/print/queue${qs}`, shop);
  const long = 'We wanted to say a proper thank you for being with us since the very first batch. '
    .repeat(3)
    .trim();
  let first: TouchDoc[];
  beforeAll(async () => {
    // Orders 1..3 of the shop out of order: a note + team photo, an email-only order, a note not written yet,
    // a free gift held out, an over-long note, and one already printed.
    first = await touches(shopQ, [
      {orderNo: 5003, sequence: 3, note: 'Third order, thank you'},
      {
        orderNo: 5001,
        sequence: 1,
        note: 'First order, thank you',
        customerGid: 'gid://shopify/Customer/1',
        customerName: 'Ada Lovelace',
      },
      {orderNo: 5001, sequence: 1, kind: 'team_photo'},
      {orderNo: 5002, sequence: 2, kind: 'personal_email'},
      {orderNo: 5004, sequence: 4, note: null},
      {orderNo: 5005, sequence: 5, kind: 'free_gift', status: 'held_out'},
      {orderNo: 5006, sequence: 6, note: long},
      {orderNo: 5007, sequence: 7, kind: 'handwritten_card'},
      {orderNo: 5007, sequence: 7, note: 'The card is in the box too'},
    ]);
    expect((await print(shopQ, {touchIds: ids([first[7]!])}, '902')).status).toBe(200);
  });

  it('when the bench opens it, then the open unprinted stickers come grouped by order in sequence, each with why it cannot print yet', async () => {
    const res = await queue();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'to_print',
      stock: 'avery-5160',
      totals: {orders: 5, stickers: 6, ready: 4, problems: 2},
      nextCursor: null,
    });
    expect(
      res.body.orders.map((o: any) => [
        o.orderName,
        o.touches.map((t: any) => [t.kind, t.problem]),
      ]),
    ).toEqual([
      [
        '#6001',
        [
          ['sticker_note', null],
          ['team_photo', null],
        ],
      ],
      ['#6003', [['sticker_note', null]]],
      ['#6004', [['sticker_note', 'note_missing']]],
      ['#6006', [['sticker_note', 'note_too_long']]],
      ['#6007', [['sticker_note', null]]],
    ]);
    // Its card printed already: packing the order finishes both.
    expect(res.body.orders[4].openTouchIds.sort()).toEqual(ids([first[7]!, first[8]!]).sort());
    expect(res.body.orders[0]).toMatchObject({
      orderId: 'gid://shopify/Order/5001',
      sequence: 1,
      customer: {id: 'gid://shopify/Customer/1', displayName: 'Ada Lovelace'},
    });
    expect(res.body.orders[0].openTouchIds.sort()).toEqual(ids([first[1]!, first[2]!]).sort());
    expect(res.body.orders[0].touches[0]).toMatchObject({
      id: String(first[1]!._id),
      note: 'First order, thank you',
      printedAt: null,
      printedBy: null,
      status: 'open',
    });
    // The long note fits a 4×6 thermal label: the problems follow the stock.
    expect((await queue('?stock=thermal-4x6')).body.totals).toMatchObject({ready: 5, problems: 1});
    expect(
      (await queue('?state=to_pack')).body.orders.map((o: any) => [
        o.orderName,
        o.touches[0].printedBy,
        o.touches[0].printCount,
      ]),
    ).toEqual([['#6007', '902', 1]]);
  });

  it('when a page of it prints, then those stickers move to "to pack" and the cursor still leads to the next order', async () => {
    const page1 = (await queue('?limit=1')).body;
    expect(page1.orders.map((o: any) => o.orderName)).toEqual(['#6001']);
    const ready = page1.orders.flatMap((o: any) =>
      o.touches.filter((t: any) => !t.problem).map((t: any) => t.id),
    );
    expect((await print(shopQ, {touchIds: ready}, '903')).headers.get('x-printed-count')).toBe('2');
    const page2 = (await queue(`?limit=1&cursor=${page1.nextCursor}`)).body;
    expect(page2.orders.map((o: any) => o.orderName)).toEqual(['#6003']);
    expect(page2.totals).toMatchObject({orders: 4, stickers: 4});
    const toPack = (await queue('?state=to_pack')).body;
    expect(toPack.orders.map((o: any) => o.orderName)).toEqual(['#6001', '#6007']);
    expect(toPack.orders[0].touches.map((t: any) => t.printedBy)).toEqual(['903', '903']);
  });

  it('when the order is marked packed, then its stickers are done by whoever packed it and leave the bench', async () => {
    const order = (await queue('?state=to_pack')).body.orders[0];
    expect(order.openTouchIds).toEqual(order.touches.map((t: any) => t.id));
    // The writer's "done" prepares the box touches: they stay on the bench for the packer.
    const written = await call(
      'POST',
      '/api/touches/bulk',
      shopQ,
      {ids: order.openTouchIds, action: 'done'},
      '903',
    );
    expect(written.status).toBe(200);
    const waiting = (await queue('?state=to_pack')).body.orders[0];
    expect(waiting.orderName).toBe(order.orderName);
    expect(waiting.touches.map((t: any) => [t.status, t.stage])).toEqual(
      order.touches.map(() => ['open', 'prepared']),
    );
    const res = await call(
      'POST',
      '/api/touches/bulk',
      shopQ,
      {ids: order.openTouchIds, action: 'pack'},
      '904',
    );
    expect(res.status).toBe(200);
    expect((await queue('?state=to_pack')).body.orders.map((o: any) => o.orderName)).toEqual([
      '#6007',
    ]);
    const packed = (await queue('?state=packed')).body.orders;
    expect(
      packed.map((o: any) => [o.orderName, o.touches.map((t: any) => [t.status, t.doneBy])]),
    ).toEqual([
      [
        '#6001',
        [
          ['done', '904'],
          ['done', '904'],
        ],
      ],
    ]);
    expect((await queue('?state=all')).body.totals.orders).toBe(5);
  });

  it('when the query is not one the queue knows, then 400 names the field; another shop sees none of it', async () => {
    for (const [qs, field] of [
      ['?state=printed', 'state'],
      ['?stock=avery-9999', 'stock'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?shelf=2', ''],
    ] as const) {
      const res = await queue(qs);
      expect([qs, res.status]).toEqual([qs, 400]);
      if (field) expect(Object.keys(res.body.error.fields)).toContain(field);
    }
    expect((await queue('?stock=avery-9999')).body.error.fields.stock[0]).toContain(
      'avery-5160, avery-5163',
    );
    for (const cursor of [
      'nope',
      Buffer.from(JSON.stringify(['to_pack', 1, '#6001', 'x'])).toString('base64url'),
    ]) {
      const res = await queue(`?cursor=${cursor}`);
      expect([res.status, res.body.error.code]).toEqual([400, 'bad_request']);
    }
    expect((await queue('?state=all', shopB)).body).toMatchObject({
      totals: {orders: 0, stickers: 0},
      orders: [],
    });
  });
});

describe('signed print links', () => {
  const pathOf = (url: string) => new URL(url).pathname;
  const open = (p: string) => send('GET', `${app.url}${p}`, {});

  it('when the admin asks for a link, then it opens without a session token as the PDF of those orders, marked printed by the asker', async () => {
    const [t] = await touches(shopA, [{note: 'Printed from the order page', assignee: sam.id}]);
    const made = await call(
      'POST',
      '/api/print/links',
      shopA,
      {orderIds: [t!.orderGid], stock: 'thermal-57x32'},
      '555',
    );
    expect(made.status).toBe(201);
    const expiresIn = new Date(made.body.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan((LINK_TTL_SECONDS - 30) * 1000);
    expect(expiresIn).toBeLessThanOrEqual(LINK_TTL_SECONDS * 1000);
    expect(made.body.url.startsWith(`${app.config.SHOPIFY_APP_URL}/print/links/`)).toBe(true);
    const res = await open(pathOf(made.body.url));
    expect(res.status).toBe(200);
    expect(await pdfPages(res.pdf!)).toEqual([
      {width: expect.closeTo(mm(57), 1), height: expect.closeTo(mm(32), 1)},
    ]);
    expect(texts(await pdfWords(res.pdf!))).toEqual(
      expect.arrayContaining(['Printed', t!.orderName]),
    );
    expect(await stored(t!)).toMatchObject({printCount: 1, printedBy: '555'});
    expect((await open(pathOf(made.body.url))).status).toBe(200); // the admin's print dialog may load it twice
  });

  it('when a link is changed, expired, for another shop or signed with another secret, then 403 and nothing prints', async () => {
    const [t] = await touches(shopA, [{note: 'Guarded'}]);
    const [b] = await touches(shopB, [{note: "Shop B's"}]);
    const made = await call('POST', '/api/print/links', shopA, {orderIds: [t!.orderGid]});
    const good = pathOf(made.body.url);
    const token = good.split('/').pop()!;
    const [payload, sig] = token.split('.');
    const flip = (s: string, i: number) =>
      s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const signer = createLinkSigner(app.config.SHOPIFY_API_SECRET);
    const grant = {
      shop: shopA,
      orderIds: [t!.orderGid],
      stock: 'avery-5160' as const,
      userId: '77',
    };
    const refused = [
      `/print/links/${flip(payload!, 10)}.${sig}`,
      `/print/links/${payload}.${flip(sig!, 5)}`,
      `/print/links/${signer.sign(grant, Date.now() - (LINK_TTL_SECONDS + 1) * 1000).token}`,
      `${good}?shop=${shopB}`,
      `/print/links/${signer.sign({...grant, orderIds: [b!.orderGid]}).token}`,
      `/print/links/${createLinkSigner('not-the-app-secret-at-all').sign(grant).token}`,
      '/print/links/nonsense',
    ];
    for (const p of refused) {
      const res = await open(p);
      expect([p, res.status, res.body?.error?.code]).toEqual([p, 403, 'forbidden']);
    }
    expect([(await stored(t!)).printCount, (await stored(b!)).printCount]).toEqual([0, 0]);
    expect((await open(good)).status).toBe(200);
  });

  it("when a link is asked for another shop's order or a malformed one, then 404 or 400", async () => {
    const [b] = await touches(shopB, [{note: "Shop B's"}]);
    expect((await call('POST', '/api/print/links', shopA, {orderIds: [b!.orderGid]})).status).toBe(
      404,
    );
    expect(
      (await call('POST', '/api/print/links', shopA, {orderIds: ['gid://shopify/Product/1']}))
        .status,
    ).toBe(400);
    expect(
      (await call('POST', '/api/print/links', shopA, {orderIds: [b!.orderGid], stock: 'a5'}))
        .status,
    ).toBe(400);
  });
});
