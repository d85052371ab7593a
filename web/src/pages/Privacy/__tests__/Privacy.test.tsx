import {act, fireEvent, render, screen} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {fakeApi} from '../../../../test/fake-api';
import {Privacy} from '../Privacy';
import {usePrivacyWaiting, type DataRequests} from '../usePrivacyRequests';

const READY = {
  id: '65a1b2c3d4e5f60718293a4b',
  customerId: 'gid://shopify/Customer/4242',
  dataRequestId: '7331',
  ordersRequested: ['gid://shopify/Order/1', 'gid://shopify/Order/2'],
  receivedAt: '2026-11-20T12:00:00Z',
  status: 'ready' as const,
  readyAt: '2026-11-20T12:00:05Z',
  downloadedAt: null,
  download: '/api/privacy/requests/65a1b2c3d4e5f60718293a4b/download',
};
const OLD = {
  ...READY,
  id: '65a1b2c3d4e5f60718293a4c',
  customerId: 'gid://shopify/Customer/77',
  dataRequestId: '12',
  ordersRequested: [],
  status: 'redacted' as const,
  download: null,
};
const LIST: DataRequests = {requests: [READY, OLD], waiting: 1};

const page = () =>
  render(
    <AppProvider i18n={en}>
      <Privacy />
    </AppProvider>,
  );
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));

describe('the Privacy page', () => {
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:data-request');
    URL.revokeObjectURL = jest.fn();
  });

  it('when requests have arrived, then it lists each with its state and says how many wait to be sent', async () => {
    fakeApi({'GET /api/privacy/requests': {body: LIST}});
    page();
    expect(await screen.findByText('Customer 4242')).toBeTruthy();
    expect(screen.getByText('1 request to send')).toBeTruthy();
    expect(screen.getByText('Ready to send')).toBeTruthy();
    expect(screen.getByText('Customer erased since')).toBeTruthy();
    expect(screen.getByText(/2 orders named/)).toBeTruthy();
    // Only a ready request has a download.
    expect(screen.getAllByRole('button', {name: /^Download the data of customer/})).toHaveLength(1);
  });

  it('when Download is pressed, then the file is fetched with the session token and saved, and the list is read again', async () => {
    let downloaded = false;
    const api = fakeApi({
      'GET /api/privacy/requests': () => ({
        body: downloaded
          ? {requests: [{...READY, downloadedAt: '2026-11-21T09:00:00Z'}, OLD], waiting: 0}
          : LIST,
      }),
      [`GET ${READY.download}`]: () => {
        downloaded = true;
        return {body: {request: READY, data: {orders: []}}};
      },
    });
    page();
    await click(await screen.findByRole('button', {name: 'Download the data of customer 4242'}));
    expect(api.to(`GET ${READY.download}`)).toHaveLength(1);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/downloaded/)).toBeTruthy();
    expect(screen.queryByText('1 request to send')).toBeNull();
  });

  it('when nobody has asked, then it says so', async () => {
    fakeApi({'GET /api/privacy/requests': {body: {requests: [], waiting: 0}}});
    page();
    expect(await screen.findByText('No customer has asked for their data')).toBeTruthy();
  });
});

describe('the Privacy tab’s count', () => {
  function Probe() {
    const waiting = usePrivacyWaiting();
    return <p>{waiting === null ? 'asking' : `${waiting} waiting`}</p>;
  }
  const settle = () => act(async () => undefined);

  it('when requests wait, then the nav is told how many; when the server cannot say, 0', async () => {
    fakeApi({'GET /api/privacy/requests': {body: LIST}});
    const {unmount} = render(<Probe />);
    await settle();
    expect(screen.getByText('1 waiting')).toBeTruthy();
    unmount();
    fakeApi({'GET /api/privacy/requests': {status: 500, body: {error: {code: 'x', message: 'x'}}}});
    render(<Probe />);
    await settle();
    expect(screen.getByText('0 waiting')).toBeTruthy();
  });
});
