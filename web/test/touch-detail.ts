import type {TouchDetail} from '../src/pages/Touch/useTouch';

/** A touch as GET /api/touches/:id answers it: an open personal email for Ada, assigned to Jo; `over` changes parts. */
export function touchDetail(
  over: Partial<Omit<TouchDetail, 'touch'>> & {touch?: Partial<TouchDetail['touch']>} = {},
): TouchDetail {
  const {touch, ...rest} = over;
  return {
    touch: {
      id: 't1',
      orderId: 'gid://shopify/Order/1050',
      orderName: '#1050',
      sequence: 50,
      kind: 'personal_email',
      status: 'open',
      ruleId: 'r50',
      assignee: 's1',
      createdAt: '2026-11-20T10:00:00Z',
      dueAt: '2026-11-21T10:00:00Z',
      orderCreatedAt: '2026-11-20T10:00:00Z',
      customer: {id: 'c1', displayName: 'Ada Lovelace'},
      note: null,
      doneBy: null,
      doneAt: null,
      printedAt: null,
      printCount: 0,
      ...touch,
    },
    recentShopNotes: [
      'Dear Sam, the whole team says thank you for coming back to us again this winter.',
    ],
    alsoOnThisOrder: [],
    order: {
      name: '#1050',
      createdAt: '2026-11-20T10:00:00Z',
      total: 84,
      currency: 'USD',
      channel: 'web',
      country: 'GB',
      note: null,
      shipCity: 'London',
      items: [{title: 'Blue mug', quantity: 1}],
    },
    customer: {
      id: 'c1',
      displayName: 'Ada Lovelace',
      ordersCounted: 3,
      acceptsMarketing: true,
      hasEmail: true,
      previousTouches: [],
    },
    giftCard: null,
    email: null,
    emailCheck: {canSend: true, reason: null},
    ...rest,
  };
}

export const STAFF = {staff: [{id: 's1', name: 'Jo', active: true, signature: null}]};
