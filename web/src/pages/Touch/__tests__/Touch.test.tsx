import {act, fireEvent, render, screen} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {fakeApi} from '../../../../test/fake-api';
import {STAFF, touchDetail} from '../../../../test/touch-detail';
import {TouchPage} from '../Touch';

const QUESTION = 'Can you gift wrap it, please?';
const page = () =>
  render(
    <AppProvider i18n={en}>
      <TouchPage id="t1" />
    </AppProvider>,
  );
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));
const disabled = (name: string) =>
  screen.getByRole('button', {name}).getAttribute('aria-disabled') === 'true';

const question = (over: Parameters<typeof touchDetail>[0] = {}) =>
  touchDetail({
    ...over,
    touch: {kind: 'answer_question', ruleId: null, ...over.touch},
    order: {...touchDetail().order!, note: QUESTION},
    emailCheck: {canSend: true, reason: null},
  });

beforeEach(() => window.localStorage.clear());

describe('the Touch page, per kind', () => {
  it('when the touch answers a question, then the question comes first with a link to the order in Shopify admin and a reply composer without a gift card', async () => {
    fakeApi({'GET /api/staff': {body: STAFF}, 'GET /api/touches/t1': {body: question()}});
    page();
    await screen.findByText(`“${QUESTION}”`);
    expect(
      screen.getByRole('link', {name: 'Open #1050 in Shopify admin'}).getAttribute('href'),
    ).toBe('shopify://admin/orders/1050');
    screen.getByLabelText('Your answer');
    screen.getByRole('button', {name: 'Send answer'});
    expect(screen.queryByLabelText('Include the gift certificate')).toBeNull();
    // Marking it answered another way needs a line on how.
    expect(disabled('Mark answered')).toBe(true);
    await act(
      async () =>
        void fireEvent.change(screen.getByLabelText('Answered another way? Say how'), {
          target: {value: 'Phoned her: yes, wrapped.'},
        }),
    );
    expect(disabled('Mark answered')).toBe(false);
  });

  it('when a team photo’s order has a question waiting, then the page says so and offers no note box', async () => {
    fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {
        body: touchDetail({
          touch: {kind: 'team_photo'},
          questionWaiting: {id: 'q1', question: QUESTION},
        }),
      },
    });
    page();
    await screen.findByText('A question is waiting');
    screen.getByText(`The customer asked: “${QUESTION}”`);
    expect(screen.queryByRole('textbox')).toBeNull();
    await click(screen.getByRole('button', {name: 'Answer it first'}));
    expect(new URLSearchParams(window.location.search).get('touch')).toBe('q1');
  });

  it('when a card is written with a pen, then the box is a draft to copy by hand with no printed preview', async () => {
    fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {
        body: touchDetail({touch: {kind: 'handwritten_card', medium: 'pen'}}),
      },
    });
    page();
    await screen.findByLabelText('Your draft');
    screen.getByText(/copy it by hand onto the card/);
    expect(screen.queryByText(/Preview/i)).toBeNull();
  });

  it('when a touch is finished, then it offers the next touch and no Skip; held out, no editable note', async () => {
    const api = fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {
        body: touchDetail({
          touch: {kind: 'phone_call', status: 'done', doneAt: '2026-11-20T12:00:00Z'},
        }),
      },
      'GET /api/touches?status=open&sort=due&limit=2': {
        body: {touches: [{id: 't1'}, {id: 't2'}], nextCursor: null},
      },
    });
    const {unmount} = page();
    // Polaris renders page actions twice (inline and in the narrow-screen menu).
    const [next] = await screen.findAllByRole('button', {name: 'Next touch'});
    expect(screen.queryByLabelText('Skip this touch')).toBeNull();
    await click(next!);
    expect(new URLSearchParams(window.location.search).get('touch')).toBe('t2');
    expect(api.calls.some((c) => c.path.startsWith('/api/touches?status=open'))).toBe(true);
    unmount();

    fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {
        body: touchDetail({touch: {kind: 'sticker_note', status: 'held_out'}}),
      },
    });
    page();
    await screen.findByText('Held out for the comparison');
    expect(screen.queryByLabelText('Your note')).toBeNull();
    expect(screen.queryByLabelText('Skip this touch')).toBeNull();
  });

  it('when a sticky label is written with a pen, then the box is a draft and no fit check runs', async () => {
    const api = fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {body: touchDetail({touch: {kind: 'sticker_note', medium: 'pen'}})},
    });
    page();
    const box = await screen.findByLabelText('Your draft');
    screen.getByText(/copy it by hand onto a sticky white label/);
    await act(async () => void fireEvent.change(box, {target: {value: 'Thank you, Ada!'}}));
    expect(screen.queryByText(/Preview/i)).toBeNull();
    expect(api.to('POST /api/print/fit')).toHaveLength(0);
  });

  it('when a printed sticker note is typed, then the server says whether it fits the label', async () => {
    const api = fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {
        body: touchDetail({touch: {kind: 'sticker_note', medium: 'print'}}),
      },
      'POST /api/print/fit': (call) => ({
        body: {
          fits: ((call.body as {note: string}).note ?? '').length < 40,
          fontSize: 14,
          stock: 'avery-5160',
        },
      }),
    });
    page();
    const box = await screen.findByLabelText('Your note');
    await act(async () => void fireEvent.change(box, {target: {value: 'Thank you, Ada!'}}));
    await screen.findByText('Fits on this label (avery-5160, 14 pt)', {}, {timeout: 3000});
    await act(
      async () => void fireEvent.change(box, {target: {value: 'Thank you, Ada! '.repeat(5)}}),
    );
    await screen.findByText(/Too long for this label/, {}, {timeout: 3000});
    expect(api.to('POST /api/print/fit').length).toBeGreaterThanOrEqual(2);
  });
});
