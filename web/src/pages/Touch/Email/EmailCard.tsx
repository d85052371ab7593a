import {useEffect} from 'react';
import {BlockStack, Card, Text} from '@shopify/polaris';
import type {EmailCheck, GiftCard, TouchEmail} from '../../../api/types';
import {usePollWhile} from '../usePollWhile';
import {isEmailFinal} from './blockers';
import {EmailComposer} from './EmailComposer';
import {EmailStatus} from './EmailStatus';
import {forgetEmailDraft} from './useEmailDraft';

export interface EmailCardProps {
  touchId: string;
  email: TouchEmail | null;
  emailCheck: EmailCheck;
  giftCard: GiftCard | null;
  customerName: string | null;
  /** Who writes and signs it (the assignee), for the heading. */
  writerName: string | null;
  earlierNotes: string[];
  /** Read-only: a touch in the history, or held out. */
  locked: boolean;
  nameOf: (id: string | null) => string | null;
  onQueued: (email: TouchEmail) => void;
  /** Reads the touch again: after a refusal, and every 2 s while the email is on its way. */
  refresh: () => Promise<unknown>;
  /** A reply to the customer's question (answer_question), not a personal email. */
  reply?: boolean;
}

const POLL_MS = 2000;

/** The personal email: the main writing tool of a personal_email touch, then where it is. */
export function EmailCard({
  touchId,
  email,
  emailCheck,
  giftCard,
  customerName,
  writerName,
  earlierNotes,
  locked,
  nameOf,
  onQueued,
  refresh,
  reply = false,
}: EmailCardProps) {
  const onItsWay = email?.state === 'queued' || email?.state === 'sending';
  usePollWhile(onItsWay, refresh, POLL_MS);
  useEffect(() => {
    if (email?.state === 'sent') forgetEmailDraft(touchId);
  }, [email?.state, touchId]);

  return (
    <Card>
      <BlockStack gap="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingSm">
            {reply ? 'Reply by email' : 'Personal email'}
          </Text>
          <Text as="p" tone="subdued">
            To {customerName ?? 'the customer'}, from {writerName ?? 'the person assigned'} at the
            shop.
          </Text>
        </BlockStack>
        {email ? <EmailStatus email={email} nameOf={nameOf} /> : null}
        {locked ? (
          email ? null : (
            <Text as="p" tone="subdued">
              No email was sent for this touch.
            </Text>
          )
        ) : isEmailFinal(email) ? null : (
          <EmailComposer
            touchId={touchId}
            email={email}
            emailCheck={emailCheck}
            giftCard={giftCard}
            customerName={customerName}
            earlierNotes={earlierNotes}
            onQueued={onQueued}
            onStale={() => void refresh()}
            reply={reply}
          />
        )}
      </BlockStack>
    </Card>
  );
}
