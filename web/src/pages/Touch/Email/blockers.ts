import type {EmailCheck, EmailDraft, TouchEmail} from '../../../api/types';
import type {HumanCheck} from '@human-touch/contract';

export interface SendContext {
  draft: EmailDraft;
  /** The email already handed to the sender, if any. */
  email: TouchEmail | null;
  emailCheck: EmailCheck;
  /** The be-human check of the body. */
  check: HumanCheck;
  /** A gift card whose code can still go into an email. */
  giftCardUsable: boolean;
}

/** An email in these states is the touch's one email: there is never a second. */
export const isEmailFinal = (email: TouchEmail | null): boolean =>
  email !== null && email.state !== 'failed';

/** Why Send is not possible right now, in the writer's words; null when it is. */
export function sendBlocker({
  draft,
  email,
  emailCheck,
  check,
  giftCardUsable,
}: SendContext): string | null {
  if (email?.state === 'sent')
    return 'The email for this touch was sent; a customer never gets two.';
  if (isEmailFinal(email))
    return 'The email for this touch is on its way; a customer never gets two.';
  if (!emailCheck.canSend) return emailCheck.reason ?? 'This customer can’t be emailed.';
  if (!draft.subject.trim()) return 'Write a subject.';
  if (!draft.body.trim()) return 'Write the message.';
  if (check.closestTo)
    return `The message reads like a copy of ${check.closestTo === 'prompt' ? 'a starter prompt' : 'an earlier note'}; make it your own.`;
  if (draft.includeGiftCard && !giftCardUsable)
    return 'Issue the gift certificate first, or leave it out.';
  return null;
}
