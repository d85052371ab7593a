import {act, fireEvent, render, screen, within} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import type {GiftCard, TouchEmail} from '../../../api/types';
import {PROMPTS} from '@human-touch/contract';
import {fakeApi, refusal} from '../../../../test/fake-api';
import {STAFF, touchDetail} from '../../../../test/touch-detail';
import {TouchPage} from '../Touch';

const CARD: GiftCard = {
  id: 'gid://shopify/GiftCard/9',
  lastCharacters: '1234',
  amount: '10.00',
  currency: 'USD',
  expiresOn: null,
  issuedAt: '2026-11-20T11:00:00Z',
  issuedBy: 's1',
  codeKept: true,
};
const OWN_WORDS =
  'Ada, Jo here from the packing bench. Your blue mug was the last one from Tuesday’s kiln, and it is my favourite glaze.';
const queued = (over: Partial<TouchEmail> = {}): TouchEmail => ({
  state: 'queued',
  subject: 'Your mug',
  includeGiftCard: true,
  queuedAt: '2026-11-20T12:00:00Z',
  sentAt: null,
  failedReason: null,
  attempts: 0,
  sentBy: 's1',
  ...over,
});

const page = () =>
  render(
    <AppProvider i18n={en}>
      <TouchPage id="t1" />
    </AppProvider>,
  );
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));
const type = (label: string, value: string) =>
  act(() => void fireEvent.change(screen.getByLabelText(label), {target: {value}}));
const sendButton = () => screen.getByRole('button', {name: 'Send email'});
/** Polaris marks a disabled button with aria-disabled (and ignores clicks on it). */
const sendDisabled = () => sendButton().getAttribute('aria-disabled') === 'true';

beforeEach(() => window.localStorage.clear());

describe('the personal email card', () => {
  it('when the body copies the starter prompt, then Send is disabled and says why; in the writer’s own words it is enabled', async () => {
    fakeApi({'GET /api/staff': {body: STAFF}, 'GET /api/touches/t1': {body: touchDetail()}});
    page();
    await screen.findByLabelText('Your email');
    expect(screen.queryByLabelText('Your note')).toBeNull(); // the email is this touch's writing tool
    type('Subject', 'Your blue mug');
    type('Your email', PROMPTS.personal_email![0]!);
    expect(sendDisabled()).toBe(true);
    expect(screen.getByText('This reads like a copy')).toBeTruthy();
    expect(
      screen.getByText(/Can’t send yet: The message reads like a copy of a starter prompt/),
    ).toBeTruthy();
    expect(sendButton().getAttribute('aria-describedby')).toBeTruthy();

    type('Your email', OWN_WORDS);
    expect(sendDisabled()).toBe(false);
    expect(screen.queryByText(/Can’t send yet/)).toBeNull();
  });

  it('when the server says the customer can’t be emailed, then Send is disabled with its reason', async () => {
    const detail = touchDetail({
      emailCheck: {canSend: false, reason: 'Ada has not agreed to receive email from the shop.'},
    });
    fakeApi({'GET /api/staff': {body: STAFF}, 'GET /api/touches/t1': {body: detail}});
    page();
    await screen.findByLabelText('Your email');
    type('Subject', 'Your blue mug');
    type('Your email', OWN_WORDS);
    expect(sendDisabled()).toBe(true);
    expect(
      screen.getByText('Can’t send yet: Ada has not agreed to receive email from the shop.'),
    ).toBeTruthy();
  });

  it('when there is no gift card, then it can’t be included; once one exists, it is included by default', async () => {
    fakeApi({'GET /api/staff': {body: STAFF}, 'GET /api/touches/t1': {body: touchDetail()}});
    const without = page();
    const box = (await screen.findByLabelText('Include the gift certificate')) as HTMLInputElement;
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(false);
    without.unmount();

    fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {body: touchDetail({giftCard: CARD})},
    });
    page();
    const enabled = (await screen.findByLabelText(
      'Include the gift certificate',
    )) as HTMLInputElement;
    expect(enabled.disabled).toBe(false);
    expect(enabled.checked).toBe(true);
    expect(screen.getByText('The $10.00 card and its full code go in the email.')).toBeTruthy();
  });

  it('when the gift card is issued while writing, then it goes into the email unless the writer leaves it out', async () => {
    const api = fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {body: touchDetail()},
      'GET /api/settings': {body: {settings: {giftAmount: 10, giftExpiryDays: 365}}},
      'GET /api/rules': {body: {rules: []}},
      'POST /api/touches/t1/gift-card': {
        status: 201,
        body: {giftCard: CARD, code: 'ABCDEFGHJKLM1234'},
      },
      'POST /api/touches/t1/email': {status: 202, body: {email: queued()}},
    });
    page();
    await screen.findByLabelText('Your email');
    type('Subject', 'Your blue mug');
    type('Your email', OWN_WORDS);
    await click(screen.getByRole('button', {name: 'Issue gift card'}));
    const issue = await screen.findByRole('dialog');
    expect(within(issue).getByText('It expires 365 days after it is issued.')).toBeTruthy();
    await click(await within(issue).findByRole('button', {name: 'Issue $10.00 gift card'}));
    const box = screen.getByLabelText('Include the gift certificate') as HTMLInputElement;
    expect(box.disabled).toBe(false);
    expect(box.checked).toBe(true);

    await click(box);
    expect(box.checked).toBe(false);
    await click(sendButton());
    await click(
      within(await screen.findByRole('dialog', {name: /^Send this email/})).getByRole('button', {
        name: 'Send now',
      }),
    );
    expect(api.to('POST /api/touches/t1/email')[0]!.body).toEqual({
      subject: 'Your blue mug',
      body: OWN_WORDS,
      includeGiftCard: false,
    });
  });

  it('when Preview is pressed, then the server’s rendering shows in a sandboxed frame, with headers and the plain text', async () => {
    const html =
      '<!doctype html><html><body><p>Hello Ada</p><img alt="Jo" src="data:image/png;base64,AAAA"></body></html>';
    const api = fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {body: touchDetail({giftCard: CARD})},
      'POST /api/touches/t1/email/preview': {
        body: {
          from: 'Jo at Sunny Socks',
          replyTo: 'jo@sunny.example',
          subject: 'Your blue mug',
          text: 'Hello Ada\n\nGift code: •••• 1234',
          html,
        },
      },
    });
    page();
    await screen.findByLabelText('Your email');
    type('Subject', 'Your blue mug');
    type('Your email', OWN_WORDS);
    await click(screen.getByRole('button', {name: 'Preview'}));

    expect(api.to('POST /api/touches/t1/email/preview')[0]!.body).toEqual({
      subject: 'Your blue mug',
      body: OWN_WORDS,
      includeGiftCard: true,
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Jo at Sunny Socks')).toBeTruthy();
    expect(within(dialog).getByText('jo@sunny.example')).toBeTruthy();
    const frame = within(dialog).getByTitle('Email preview (HTML)');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(html);

    await click(within(dialog).getByRole('button', {name: 'Plain text'}));
    expect(within(dialog).queryByTitle('Email preview (HTML)')).toBeNull();
    expect(within(dialog).getByLabelText('Email preview (plain text)').textContent).toBe(
      'Hello Ada\n\nGift code: •••• 1234',
    );
  });

  it('when the writer confirms Send, then the email is queued with what they wrote and the card shows it as Queued', async () => {
    const api = fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {body: touchDetail({giftCard: CARD})},
      'POST /api/touches/t1/email': {
        status: 202,
        body: {email: queued({subject: 'Your blue mug'})},
      },
    });
    page();
    await screen.findByLabelText('Your email');
    type('Subject', 'Your blue mug');
    type('Your email', OWN_WORDS);
    await click(sendButton());
    const dialog = await screen.findByRole('dialog', {name: 'Send this email to Ada Lovelace?'});
    expect(
      within(dialog).getByText('The $10.00 gift certificate is in it, with its full code.'),
    ).toBeTruthy();
    expect(api.to('POST /api/touches/t1/email')).toHaveLength(0); // nothing goes before the confirmation
    await click(within(dialog).getByRole('button', {name: 'Send now'}));

    expect(api.to('POST /api/touches/t1/email').map((c) => c.body)).toEqual([
      {subject: 'Your blue mug', body: OWN_WORDS, includeGiftCard: true},
    ]);
    expect(screen.getByText('Queued')).toBeTruthy();
    expect(screen.queryByLabelText('Your email')).toBeNull(); // never two emails
  });

  it('when the server finds the body is a copy, then its refusal is shown at the message', async () => {
    fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {body: touchDetail()},
      'POST /api/touches/t1/email': refusal(
        'not_human',
        'This email repeats an earlier note word for word.',
      ),
    });
    page();
    await screen.findByLabelText('Your email');
    type('Subject', 'Your blue mug');
    type('Your email', OWN_WORDS);
    await click(sendButton());
    await click(within(await screen.findByRole('dialog')).getByRole('button', {name: 'Send now'}));
    expect(screen.getByText('This email repeats an earlier note word for word.')).toBeTruthy();
    expect(screen.getByText('Write this in your own words.')).toBeTruthy();
    expect(screen.queryByText('Queued')).toBeNull();
  });

  it('when the page is reloaded mid-sentence, then the draft is still there', async () => {
    fakeApi({'GET /api/staff': {body: STAFF}, 'GET /api/touches/t1': {body: touchDetail()}});
    const first = page();
    await screen.findByLabelText('Your email');
    type('Your email', OWN_WORDS);
    first.unmount();
    page();
    expect(((await screen.findByLabelText('Your email')) as HTMLTextAreaElement).value).toBe(
      OWN_WORDS,
    );
  });
});

describe('the email’s state', () => {
  afterEach(() => jest.useRealTimers());

  it('while queued or sending, then the touch is read every 2 s until it is sent, and no more after', async () => {
    jest.useFakeTimers();
    const states: TouchEmail[] = [
      queued(),
      queued({state: 'sending', attempts: 1}),
      queued({state: 'sent', attempts: 1, sentAt: '2026-11-20T12:00:05Z'}),
    ];
    let reads = 0;
    const api = fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': () => ({body: touchDetail({email: states[Math.min(reads++, 2)]!})}),
    });
    page();
    expect(await screen.findByText('Queued')).toBeTruthy();
    const gets = () => api.to('GET /api/touches/t1').length;
    expect(gets()).toBe(1);

    await act(async () => void (await jest.advanceTimersByTimeAsync(1900)));
    expect(gets()).toBe(1);
    await act(async () => void (await jest.advanceTimersByTimeAsync(100)));
    expect(gets()).toBe(2);
    expect(screen.getByText('Sending')).toBeTruthy();

    await act(async () => void (await jest.advanceTimersByTimeAsync(2000)));
    expect(gets()).toBe(3);
    expect(screen.getByText(/^Sent at /)).toBeTruthy();

    await act(async () => void (await jest.advanceTimersByTimeAsync(10_000)));
    expect(gets()).toBe(3);
  });

  it('when the writer leaves the page while the email is queued, then polling stops', async () => {
    jest.useFakeTimers();
    const api = fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {body: touchDetail({email: queued()})},
    });
    const view = page();
    expect(await screen.findByText('Queued')).toBeTruthy();
    await act(async () => void (await jest.advanceTimersByTimeAsync(2000)));
    expect(api.to('GET /api/touches/t1')).toHaveLength(2);
    view.unmount();
    await act(async () => void (await jest.advanceTimersByTimeAsync(10_000)));
    expect(api.to('GET /api/touches/t1')).toHaveLength(2);
  });

  it('when the email failed, then it says why and the writer can send again', async () => {
    const failed = queued({
      state: 'failed',
      attempts: 5,
      failedReason: 'mailbox unavailable (550)',
    });
    fakeApi({
      'GET /api/staff': {body: STAFF},
      'GET /api/touches/t1': {body: touchDetail({email: failed})},
    });
    page();
    expect(await screen.findByText('Failed')).toBeTruthy();
    expect(screen.getByText('Failed: mailbox unavailable (550)')).toBeTruthy();
    expect(screen.getByLabelText('Your email')).toBeTruthy();
  });
});
