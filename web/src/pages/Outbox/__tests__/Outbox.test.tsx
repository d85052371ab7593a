import {act, fireEvent, render, screen} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import type {OutboxMessage} from '../../../api/types';
import {fakeApi} from '../../../../test/fake-api';
import {Outbox} from '../Outbox';
import {useOutboxAvailable} from '../useOutbox';

const HTML =
  '<!doctype html><html><body><p>Hello Ada</p><img alt="Jo" src="data:image/png;base64,AAAA"><p>Your code: ABCD EFGH JKLM 1234</p></body></html>';
const MESSAGE: OutboxMessage = {
  id: 'm2',
  receivedAt: '2026-11-20T12:00:05Z',
  from: '"Jo at Sunny Socks" <shop@sunny.example>',
  replyTo: 'jo@sunny.example',
  to: ['ada@example.com'],
  subject: 'Your blue mug',
  text: 'Hello Ada\n\nYour code: ABCD EFGH JKLM 1234',
  html: HTML,
  attachments: [{filename: 'jo.png', contentType: 'image/png', cid: 'staff-photo', size: 2048}],
};
const LIST = {
  messages: [
    {
      id: 'm2',
      receivedAt: MESSAGE.receivedAt,
      from: MESSAGE.from,
      to: MESSAGE.to,
      subject: MESSAGE.subject,
      size: 14_540,
    },
    {
      id: 'm1',
      receivedAt: '2026-11-19T09:00:00Z',
      from: '"Sam at Sunny Socks" <shop@sunny.example>',
      to: ['bo@example.com', 'cc@example.com'],
      subject: 'Thanks, Bo',
      size: 900,
    },
  ],
};

const page = () =>
  render(
    <AppProvider i18n={en}>
      <Outbox />
    </AppProvider>,
  );
/** Clicks, then lets the request it starts settle. */
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));

describe('the Outbox page', () => {
  it('when mail has arrived, then it lists who from, to whom and the subject, newest first', async () => {
    fakeApi({'GET /api/dev/outbox': {body: LIST}});
    page();
    const first = await screen.findByText('Your blue mug');
    const rows = screen.getAllByRole('row').slice(1); // after the headings
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('"Jo at Sunny Socks" <shop@sunny.example>');
    expect(rows[0]!.textContent).toContain('ada@example.com');
    expect(rows[0]!.textContent).toContain('14.2 KB');
    expect(rows[1]!.textContent).toContain('bo@example.com, cc@example.com');
    expect(rows[0]!.contains(first)).toBe(true);
  });

  it('when a message is opened, then its headers, its HTML in a sandboxed frame, its plain text and its attachments show', async () => {
    const api = fakeApi({
      'GET /api/dev/outbox': {body: LIST},
      'GET /api/dev/outbox/m2': {body: MESSAGE},
    });
    page();
    await click(await screen.findByText('Your blue mug'));
    expect(api.to('GET /api/dev/outbox/m2')).toHaveLength(1);

    expect(await screen.findByText('jo@sunny.example')).toBeTruthy();
    expect(screen.getByText('ada@example.com')).toBeTruthy();
    const frame = screen.getByTitle('Received message (HTML)');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(HTML);
    expect(screen.getByText('jo.png — image/png, 2.0 KB, inline (cid:staff-photo)')).toBeTruthy();

    await click(screen.getByRole('button', {name: 'Plain text'}));
    expect(screen.getByLabelText('Received message (plain text)').textContent).toBe(MESSAGE.text);

    await click(screen.getByRole('button', {name: 'Outbox'}));
    expect(await screen.findByText('Thanks, Bo')).toBeTruthy();
  });

  it('when no mail has arrived, then it says where mail comes from and that nothing leaves the machine', async () => {
    fakeApi({'GET /api/dev/outbox': {body: {messages: []}}});
    page();
    expect(await screen.findByText('No mail yet')).toBeTruthy();
    expect(
      screen.getByText('Emails sent from touches arrive here. Nothing leaves this machine.'),
    ).toBeTruthy();
  });

  it('when Refresh is pressed, then new mail appears', async () => {
    let calls = 0;
    fakeApi({'GET /api/dev/outbox': () => ({body: ++calls === 1 ? {messages: []} : LIST})});
    page();
    await screen.findByText('No mail yet');
    await click(screen.getByRole('button', {name: 'Refresh'}));
    expect(await screen.findByText('Your blue mug')).toBeTruthy();
  });
});

describe('the Outbox tab', () => {
  function Probe() {
    return <p>{useOutboxAvailable() ? 'outbox on' : 'outbox off'}</p>;
  }
  const settle = () => act(async () => undefined);

  it('when the server answers GET /api/dev/outbox (local mode), then the tab is offered', async () => {
    fakeApi({'GET /api/dev/outbox': {body: {messages: []}}});
    render(<Probe />);
    await settle();
    expect(screen.getByText('outbox on')).toBeTruthy();
  });

  it('when the server answers 404 (production), then there is no tab', async () => {
    const api = fakeApi({});
    render(<Probe />);
    await settle();
    expect(api.to('GET /api/dev/outbox')).toHaveLength(1);
    expect(screen.getByText('outbox off')).toBeTruthy();
  });
});
