import {act, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import {AppProvider, Frame} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {fakeApi, refusal, type Reply, type Route} from '../../../../test/fake-api';
import {Print} from '../Print';
import type {QueueAnswer, QueueOrder, QueueTouch} from '../types';

const touch = (id: string, orderNo: number, over: Partial<QueueTouch> = {}): QueueTouch => ({
  id,
  orderId: `gid://shopify/Order/${orderNo}`,
  orderName: `#${orderNo}`,
  sequence: orderNo - 1000,
  kind: 'sticker_note',
  status: 'open',
  ruleId: 'r1',
  assignee: null,
  createdAt: '2026-11-22T09:00:00Z',
  dueAt: '2026-11-23T09:00:00Z',
  orderCreatedAt: '2026-11-22T09:00:00Z',
  customer: {id: 'gid://shopify/Customer/1', displayName: 'Ada Lovelace'},
  note: `Thank you for order ${orderNo}!`,
  doneBy: null,
  doneAt: null,
  printedAt: null,
  printCount: 0,
  printedBy: null,
  problem: null,
  ...over,
});
const order = (
  orderNo: number,
  touches: QueueTouch[],
  openTouchIds = touches.filter((t) => t.status === 'open').map((t) => t.id),
): QueueOrder => ({
  orderId: `gid://shopify/Order/${orderNo}`,
  orderName: `#${orderNo}`,
  sequence: orderNo - 1000,
  customer: touches[0]!.customer,
  touches,
  openTouchIds,
});
const answer = (orders: QueueOrder[], over: Partial<QueueAnswer> = {}): QueueAnswer => {
  const touches = orders.flatMap((o) => o.touches);
  const problems = touches.filter((t) => t.problem).length;
  return {
    state: 'to_print',
    stock: 'avery-5160',
    totals: {
      orders: orders.length,
      stickers: touches.length,
      ready: touches.length - problems,
      problems,
      missedShipped: 0,
    },
    orders,
    nextCursor: null,
    ...over,
  };
};

const STOCKS = {
  stocks: [
    {
      id: 'avery-5160',
      name: 'Avery 5160 (30 per Letter sheet)',
      labelsPerSheet: 30,
      thermal: false,
    },
    {id: 'thermal-4x6', name: 'Thermal 4×6 in', labelsPerSheet: 1, thermal: true},
  ],
  labelStock: 'avery-5160',
};
const q = (state: string, limit = 50, cursor?: string) =>
  `GET /api/print/queue?state=${state}&limit=${limit}&stock=avery-5160${cursor ? `&cursor=${cursor}` : ''}`;
const PDF = (count: number): Reply => ({
  body: '%PDF-1.7',
  headers: {
    'content-type': 'application/pdf',
    'x-printed-count': String(count),
    'x-skipped-already-printed': '0',
  },
});

const page1 = [
  order(
    1001,
    [touch('a1', 1001), touch('a2', 1001, {kind: 'team_photo', note: null})],
    ['a1', 'a2', 'a3'],
  ),
  order(1002, [touch('b1', 1002, {note: null, problem: 'note_missing'})]),
];
const page2 = [order(1003, [touch('c1', 1003)])];
const base = (over: Record<string, Route> = {}) => ({
  'GET /api/print/stocks': {body: STOCKS},
  'GET /api/staff': {body: {staff: [{id: 's1', name: 'Sam Okafor'}]}},
  [q('to_print')]: {
    body: answer(page1, {
      nextCursor: 'p2',
      totals: {orders: 3, stickers: 4, ready: 3, problems: 1, missedShipped: 0},
    }),
  },
  [q('to_print', 1)]: {
    body: answer(page1.slice(0, 1), {
      totals: {orders: 3, stickers: 4, ready: 3, problems: 1, missedShipped: 2},
    }),
  },
  [q('to_print', 50, 'p2')]: {body: answer(page2)},
  ...over,
});

const view = () =>
  render(
    <AppProvider i18n={en}>
      <Frame>
        <Print />
      </Frame>
    </AppProvider>,
  );
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));

beforeEach(() => {
  URL.createObjectURL = jest.fn(() => `blob:pdf-${Math.random()}`);
  URL.revokeObjectURL = jest.fn();
  window.open = jest.fn();
});

describe('the Print page', () => {
  it('when the bench opens it, then orders come with their stickers, what blocks one, and the count the big button prints', async () => {
    fakeApi(base());
    view();
    const first = await screen.findByRole('listitem', {name: 'Order #1001'});
    expect(within(first).getByText('Sticker note')).toBeTruthy();
    expect(within(first).getByText('Team photo')).toBeTruthy();
    within(first).getByText('Thank you for order 1001!');
    within(first).getByRole('button', {name: 'Print 2 stickers for #1001'});
    const blocked = screen.getByRole('listitem', {name: 'Order #1002'});
    within(blocked).getByText('Note not written yet');
    within(blocked).getByRole('button', {name: 'Write note for #1002'});
    expect(within(blocked).queryByRole('button', {name: /^Print .*sticker/})).toBeNull();
    await screen.findByRole('button', {name: 'Print today’s stickers (3)'});
    screen.getByText('3 orders waiting · 1 sticker needs a note first');
    screen.getByText(
      '2 box touches missed in the last 30 days: the order shipped before it was packed',
    );
    screen.getByRole('button', {name: 'Show more orders'});
    await click(within(blocked).getByRole('button', {name: 'Write note for #1002'}));
    expect(new URLSearchParams(window.location.search).get('touch')).toBe('b1');
  });

  it('when today’s stickers print, then the whole run is one PDF continuing from the start label, it opens, stays as a link and the next free label is remembered', async () => {
    const api = fakeApi(
      base({
        'POST /api/print/stickers': (call) =>
          PDF((call.body as {touchIds: string[]}).touchIds.length),
        'PUT /api/print/next-label': {body: {nextLabel: {stock: 'avery-5160', position: 29}}},
      }),
    );
    view();
    const startAt = await screen.findByRole('spinbutton', {name: 'Start at label'});
    act(() => void fireEvent.change(startAt, {target: {value: '29'}}));
    await act(async () => void fireEvent.blur(startAt));
    await waitFor(() => expect(api.to('PUT /api/print/next-label')).toHaveLength(1));
    expect(api.to('PUT /api/print/next-label').map((c) => c.body)).toEqual([
      {stock: 'avery-5160', position: 29},
    ]);
    await click(await screen.findByRole('button', {name: 'Print today’s stickers (3)'}));
    await screen.findByText('Printed 3 stickers');
    // Both pages of the queue in one request: one PDF, labels 29, 30, then 1 of the next sheet.
    expect(api.to('POST /api/print/stickers').map((c) => c.body)).toEqual([
      {touchIds: ['a1', 'a2', 'c1'], stock: 'avery-5160', reprint: false, startPosition: 29},
    ]);
    expect(window.open).toHaveBeenCalledTimes(1);
    screen.getByRole('link', {name: 'Open PDF (3 stickers)'});
    expect(
      (screen.getByRole('spinbutton', {name: 'Start at label'}) as HTMLInputElement).value,
    ).toBe('2');
    expect(api.to(q('to_print')).length).toBeGreaterThanOrEqual(2);
  });

  it('when the shop’s sheet was left at label 17, then the page starts there', async () => {
    fakeApi(
      base({
        'GET /api/print/stocks': {
          body: {...STOCKS, nextLabel: {stock: 'avery-5160', position: 17}},
        },
      }),
    );
    view();
    await screen.findByRole('button', {name: 'Print today’s stickers (3)'});
    expect(
      (screen.getByRole('spinbutton', {name: 'Start at label'}) as HTMLInputElement).value,
    ).toBe('17');
  });

  it('when an order number is searched, then the list asks for that order in every state', async () => {
    const api = fakeApi(
      base({
        'GET /api/print/queue?state=all&limit=50&stock=avery-5160&q=1003': {
          body: answer([
            order(1003, [touch('c1', 1003, {printedAt: '2026-11-22T10:00:00Z', printCount: 1})]),
          ]),
        },
      }),
    );
    view();
    await screen.findByRole('listitem', {name: 'Order #1001'});
    await act(
      async () =>
        void fireEvent.change(screen.getByLabelText('Find an order'), {
          target: {value: '1003'},
        }),
    );
    await screen.findByRole('listitem', {name: 'Order #1003'});
    expect(screen.queryByRole('listitem', {name: 'Order #1001'})).toBeNull();
    expect(api.calls.some((c) => c.path.endsWith('&q=1003'))).toBe(true);
  });

  it('when the server refuses a sticker (its note was cleared meanwhile), then the batch prints without it and the banner links to it', async () => {
    const api = fakeApi(
      base({
        'POST /api/print/stickers': (call) =>
          (call.body as {touchIds: string[]}).touchIds.includes('a1')
            ? {
                status: 422,
                body: {
                  error: {
                    code: 'not_printable',
                    message: 'Cannot print',
                    stock: 'avery-5160',
                    touches: [
                      {id: 'a1', orderName: '#1001', kind: 'sticker_note', problem: 'note_missing'},
                    ],
                  },
                },
              }
            : PDF((call.body as {touchIds: string[]}).touchIds.length),
      }),
    );
    view();
    await click(await screen.findByRole('button', {name: 'Print today’s stickers (3)'}));
    await screen.findByText('1 sticker could not print');
    screen.getByText(/#1001 · Sticker note: Note not written yet/);
    screen.getByRole('button', {name: 'Open the touch'});
    expect(
      api.to('POST /api/print/stickers').map((c) => (c.body as {touchIds: string[]}).touchIds),
    ).toEqual([
      ['a1', 'a2', 'c1'],
      ['a2', 'c1'],
    ]);
    screen.getByText('Printed 2 stickers');
  });

  it('when printing fails half way, then it says what happened and that the rest can be printed again', async () => {
    fakeApi(
      base({
        'POST /api/print/stickers': refusal('unavailable', 'The database is not answering.'),
      }),
    );
    view();
    await click(await screen.findByRole('button', {name: 'Print today’s stickers (3)'}));
    await screen.findByText('Printing stopped');
    screen.getByText(/The database is not answering\. What printed so far is marked printed/);
  });

  it('when a printed sticker is reprinted, then it asks first and sends reprint: true for that one only', async () => {
    const printed = touch('p1', 1005, {
      printedAt: '2026-11-22T10:42:00Z',
      printCount: 1,
      printedBy: 's1',
    });
    const api = fakeApi(
      base({
        [q('to_pack')]: {body: answer([order(1005, [printed])], {state: 'to_pack'})},
        'POST /api/print/stickers': PDF(1),
      }),
    );
    view();
    await screen.findByRole('listitem', {name: 'Order #1001'});
    await click(screen.getByRole('button', {name: 'Printed, to pack'}));
    const row = await screen.findByRole('listitem', {name: 'Order #1005'});
    within(row).getByText(/Printed .* by Sam Okafor/);
    await click(within(row).getByRole('button', {name: 'Reprint: sticker note for #1005'}));
    await screen.findByText(/It was printed once already/);
    expect(api.to('POST /api/print/stickers')).toHaveLength(0);
    await click(screen.getByRole('button', {name: 'Reprint'}));
    await screen.findByText('Printed 1 sticker');
    expect(api.to('POST /api/print/stickers')[0]!.body).toEqual({
      touchIds: ['p1'],
      stock: 'avery-5160',
      reprint: true,
    });
  });

  it('when an order or one sticker is marked packed, then the touches are done through the API and the queue reloads', async () => {
    const api = fakeApi(
      base({
        'POST /api/touches/bulk': {body: {modified: 2}},
        'PATCH /api/touches/c1': {body: {touch: touch('c1', 1003, {status: 'done'})}},
      }),
    );
    view();
    const first = await screen.findByRole('listitem', {name: 'Order #1001'});
    await click(within(first).getByRole('button', {name: 'Mark order packed: #1001'}));
    await screen.findByText('#1001 packed');
    expect(api.to('POST /api/touches/bulk')[0]!.body).toEqual({
      ids: ['a1', 'a2', 'a3'],
      action: 'pack',
    });
    await click(screen.getByRole('button', {name: 'Show more orders'}));
    const third = await screen.findByRole('listitem', {name: 'Order #1003'});
    await click(within(third).getByRole('button', {name: 'Mark packed: sticker note for #1003'}));
    expect(api.to('PATCH /api/touches/c1')[0]!.body).toEqual({stage: 'packed'});
  });

  it('when nothing is waiting, then the page says so and the button is off', async () => {
    fakeApi(base({[q('to_print')]: {body: answer([])}, [q('to_print', 1)]: {body: answer([])}}));
    view();
    await screen.findByText('Nothing to print');
    expect(
      screen
        .getByRole('button', {name: 'Print today’s stickers (0)'})
        .getAttribute('aria-disabled'),
    ).toBe('true');
  });
});
