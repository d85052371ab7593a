import {ApiError} from '../../../api/client';

/** A failed issue, said so the writer knows what to do next. */
export interface IssueProblem {
  title: string;
  message: string;
  tone: 'critical' | 'warning';
  /** The touch already has a card (or one is being made): read the touch again. */
  stale?: boolean;
}

const seconds = (n: number) => `${n} second${n === 1 ? '' : 's'}`;

/** The server's gift card errors (POST /api/touches/:id/gift-card) as messages for the writer. */
export function issueProblem(error: unknown): IssueProblem {
  if (!(error instanceof ApiError))
    return {
      title: 'The gift card was not issued',
      message: (error as Error)?.message ?? 'Something went wrong.',
      tone: 'critical',
    };
  switch (error.code) {
    case 'gift_card_exists':
      return {
        title: 'This touch already has a gift card',
        message: 'One touch gets one gift card; it is shown below.',
        tone: 'warning',
        stale: true,
      };
    case 'gift_card_pending':
      return {
        title: 'The gift card is being issued',
        message: 'Another request is issuing it right now. Try again in a moment.',
        tone: 'warning',
        stale: true,
      };
    case 'gift_budget_exceeded':
      return {
        title: 'Over today’s gift budget',
        message: `${error.message} Raise the daily gift budget in Settings, or issue it tomorrow.`,
        tone: 'critical',
      };
    case 'missing_scope':
      return {
        title: 'The app may not issue gift cards in this shop',
        message: `${error.message} Until then, send the touch without a gift card.`,
        tone: 'critical',
      };
    case 'shopify_user_error':
      return {title: 'Shopify refused the gift card', message: error.message, tone: 'critical'};
    case 'shopify_throttled':
      return {
        title: 'Shopify is busy',
        message: `Shopify asked us to slow down. Try again ${error.retryAfter ? `in ${seconds(error.retryAfter)}` : 'in a moment'}; nothing was issued.`,
        tone: 'warning',
      };
    case 'shopify_unreachable':
      return {
        title: 'Shopify could not be reached',
        message: 'Press Issue again to finish; it will never be issued twice.',
        tone: 'critical',
      };
    default:
      return {title: 'The gift card was not issued', message: error.message, tone: 'critical'};
  }
}
