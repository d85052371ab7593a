import {apiSend} from '../../api/client';
import type {EmailDraft, EmailPreview, IssuedGiftCard, TouchEmail} from '../../api/types';

/** The gift card and email calls of the Touch page. */
export const touchApi = {
  /** Without `amount` the server uses the rule's or the shop's amount. */
  issueGiftCard: (touchId: string, amount?: number) =>
    apiSend<IssuedGiftCard>(
      'POST',
      `/api/touches/${touchId}/gift-card`,
      amount === undefined ? {} : {amount},
    ),
  previewEmail: (touchId: string, draft: EmailDraft, signal?: AbortSignal) =>
    apiSend<EmailPreview>('POST', `/api/touches/${touchId}/email/preview`, draft, signal),
  sendEmail: (touchId: string, draft: EmailDraft) =>
    apiSend<{email: TouchEmail}>('POST', `/api/touches/${touchId}/email`, draft).then(
      (r) => r.email,
    ),
};
