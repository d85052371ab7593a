import {act, fireEvent, render, screen, within} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import type {GiftCard} from '../../../api/types';
import {fakeApi, refusal, type Route} from '../../../../test/fake-api';
import {STAFF, touchDetail} from '../../../../test/touch-detail';
import {TouchPage} from '../Touch';

const CARD: GiftCard = {
  id: 'gid://shopify/GiftCard/9',
  lastCharacters: '1234',
  amount: '12.00',
  currency: 'USD',
  expiresOn: null,
  issuedAt: '2026-11-20T11:00:00Z',
  issuedBy: 's1',
  codeKept: true,
};
const CODE = 'ABCDEFGHJKLM1234';

const page = () =>
  render(
    <AppProvider i18n={en}>
      <TouchPage id="t1" />
    </AppProvider>,
  );

/** The shop's settings and rules the confirm modal reads its defaults from. */
const DEFAULTS: Record<string, Route> = {
  'GET /api/staff': {body: STAFF},
  'GET /api/settings': {body: {settings: {giftAmount: 10, giftExpiryDays: null}}},
  'GET /api/rules': {
    body: {
      rules: [
        {id: 'r50', giftAmount: 12},
        {id: 'r10', giftAmount: null},
      ],
    },
  },
};

/** Clicks, then lets the request it starts settle. */
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));

async function confirmIssue() {
  await click(await screen.findByRole('button', {name: 'Issue gift card'}));
  const dialog = await screen.findByRole('dialog');
  const confirm = await within(dialog).findByRole('button', {name: 'Issue $12.00 gift card'});
  await click(confirm);
}

describe('the gift certificate card', () => {
  it('when a gift card is issued, then its code is shown once in groups of four, and after a reload only its last characters', async () => {
    let issued = false;
    const api = fakeApi({
      ...DEFAULTS,
      'GET /api/touches/t1': () => ({body: touchDetail({giftCard: issued ? CARD : null})}),
      'POST /api/touches/t1/gift-card': () => (
        (issued = true),
        {status: 201, body: {giftCard: CARD, code: CODE}}
      ),
    });
    const first = page();
    await click(await screen.findByRole('button', {name: 'Issue gift card'}));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/for Ada Lovelace/)).toBeTruthy();
    expect((within(dialog).getByLabelText('Amount') as HTMLInputElement).value).toBe('12.00'); // the rule's own amount beats the shop's 10
    await click(within(dialog).getByRole('button', {name: 'Issue $12.00 gift card'}));

    expect(api.to('POST /api/touches/t1/gift-card').map((c) => c.body)).toEqual([{amount: 12}]);
    expect(screen.getByLabelText('Gift card code').textContent).toBe('ABCD EFGH JKLM 1234');
    expect(screen.getByText(/Shown once — it will be in the email \/ on the card/)).toBeTruthy();
    expect(screen.getByText('•••• 1234')).toBeTruthy();
    expect(screen.getByText('No expiry')).toBeTruthy();
    expect(screen.queryByRole('button', {name: 'Issue gift card'})).toBeNull();

    first.unmount();
    page();
    expect(await screen.findByText('•••• 1234')).toBeTruthy();
    expect(screen.queryByLabelText('Gift card code')).toBeNull();
    expect(document.body.textContent).not.toContain('ABCD');
    expect(screen.getByText('$12.00', {selector: 'dd'})).toBeTruthy();
    expect(screen.getByText(/by Jo$/)).toBeTruthy();
  });

  it('when the writer changes the amount, then that amount is issued', async () => {
    const api = fakeApi({
      ...DEFAULTS,
      'GET /api/touches/t1': {body: touchDetail()},
      'POST /api/touches/t1/gift-card': {
        status: 201,
        body: {giftCard: {...CARD, amount: '25.50'}, code: CODE},
      },
    });
    page();
    await click(await screen.findByRole('button', {name: 'Issue gift card'}));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByDisplayValue('12.00');
    act(
      () =>
        void fireEvent.change(within(dialog).getByLabelText('Amount'), {target: {value: '25.50'}}),
    );
    await click(within(dialog).getByRole('button', {name: 'Issue $25.50 gift card'}));
    expect(api.to('POST /api/touches/t1/gift-card')[0]!.body).toEqual({amount: 25.5});
  });

  it('when today’s gift budget is spent, then it says so and shows no code', async () => {
    const refusal = {
      error: {
        code: 'gift_budget_exceeded',
        message: 'Today’s gift budget of $100.00 has $5.00 left.',
      },
    };
    fakeApi({
      ...DEFAULTS,
      'GET /api/touches/t1': {body: touchDetail()},
      'POST /api/touches/t1/gift-card': {status: 422, body: refusal},
    });
    page();
    await confirmIssue();
    expect(screen.getByText('Over today’s gift budget')).toBeTruthy();
    expect(
      screen.getByText(/has \$5\.00 left\. Raise the daily gift budget in Settings/),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Gift card code')).toBeNull();
    expect(screen.getByRole('button', {name: 'Issue gift card'})).toBeTruthy();
  });

  it('when the shop has not granted write_gift_cards, then it says the scope is missing and shows no code', async () => {
    const refusal = {
      error: {
        code: 'missing_scope',
        message:
          'Shopify refused GiftCardCreate: this shop has not granted the app the `write_gift_cards` access scope it needs.',
        missingScopes: ['write_gift_cards'],
      },
    };
    fakeApi({
      ...DEFAULTS,
      'GET /api/touches/t1': {body: touchDetail()},
      'POST /api/touches/t1/gift-card': {status: 403, body: refusal},
    });
    page();
    await confirmIssue();
    expect(screen.getByText('The app may not issue gift cards in this shop')).toBeTruthy();
    expect(screen.getByText(/`write_gift_cards` access scope/)).toBeTruthy();
    expect(screen.queryByLabelText('Gift card code')).toBeNull();
  });

  it('when Shopify throttles, then it says when to try again (from Retry-After)', async () => {
    fakeApi({
      ...DEFAULTS,
      'GET /api/touches/t1': {body: touchDetail()},
      'POST /api/touches/t1/gift-card': refusal('shopify_throttled', 'Throttled', {
        headers: {'Retry-After': '3'},
      }),
    });
    page();
    await confirmIssue();
    expect(screen.getByText('Shopify is busy')).toBeTruthy();
    expect(screen.getByText(/Try again in 3 seconds; nothing was issued\./)).toBeTruthy();
  });

  it('when Shopify cannot be reached, then pressing again is safe and it says so', async () => {
    fakeApi({
      ...DEFAULTS,
      'GET /api/touches/t1': {body: touchDetail()},
      'POST /api/touches/t1/gift-card': refusal('shopify_unreachable', 'x'),
    });
    page();
    await confirmIssue();
    expect(
      screen.getByText('Press Issue again to finish; it will never be issued twice.'),
    ).toBeTruthy();
  });

  it('when another request already issued the card, then the page reads the touch again and shows it', async () => {
    let calls = 0;
    fakeApi({
      ...DEFAULTS,
      'GET /api/touches/t1': () => ({body: touchDetail({giftCard: ++calls > 1 ? CARD : null})}),
      'POST /api/touches/t1/gift-card': refusal('gift_card_exists', 'exists'),
    });
    page();
    await confirmIssue();
    expect(screen.getByText('This touch already has a gift card')).toBeTruthy();
    expect(await screen.findByText('•••• 1234')).toBeTruthy();
  });

  it('when the touch is held out, then there is no gift certificate to issue', async () => {
    fakeApi({
      ...DEFAULTS,
      'GET /api/touches/t1': {
        body: touchDetail({touch: {status: 'held_out', kind: 'handwritten_card'}}),
      },
    });
    page();
    expect(await screen.findByText('Held out for the comparison')).toBeTruthy();
    expect(screen.queryByText('Gift certificate')).toBeNull();
  });
});
