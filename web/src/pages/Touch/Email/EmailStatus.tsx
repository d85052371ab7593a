import {Badge, BlockStack, InlineStack, Text} from '@shopify/polaris';
import type {TouchEmail} from '../../../api/types';
import {formatDateTime} from '../../../lib/dates';

export interface EmailStatusProps {
  email: TouchEmail;
  /** A staff member's name from their id. */
  nameOf: (id: string | null) => string | null;
}

const time = (iso: string) => formatDateTime(iso);

/** Where the email is, in words (the badge's colour only repeats them). */
function StateBadge({email}: {email: TouchEmail}) {
  switch (email.state) {
    case 'queued':
      return (
        <Badge tone="info" progress="incomplete">
          Queued
        </Badge>
      );
    case 'sending':
      return (
        <Badge tone="attention" progress="partiallyComplete">
          Sending
        </Badge>
      );
    case 'sent':
      return (
        <Badge
          tone="success"
          progress="complete"
        >{`Sent at ${email.sentAt ? time(email.sentAt) : '—'}`}</Badge>
      );
    case 'failed':
      return <Badge tone="critical">Failed</Badge>;
  }
}

/** The touch's email once handed to the sender: its state, subject and who sent it. */
export function EmailStatus({email, nameOf}: EmailStatusProps) {
  const sender = nameOf(email.sentBy);
  return (
    <BlockStack gap="200">
      <InlineStack gap="200" blockAlign="center">
        <Text as="span" fontWeight="semibold">
          Email
        </Text>
        <StateBadge email={email} />
      </InlineStack>
      <Text as="p">
        “{email.subject}”{email.includeGiftCard ? ' · with the gift certificate' : ''}
      </Text>
      <Text as="p" tone="subdued">
        Queued {time(email.queuedAt)}
        {sender ? ` by ${sender}` : ''}
        {email.attempts > 1 ? ` · ${email.attempts} attempts` : ''}
        {email.state === 'queued' || email.state === 'sending' ? ' · this updates by itself' : ''}
      </Text>
      {email.state === 'failed' ? (
        <Text
          as="p"
          tone="critical"
        >{`Failed: ${email.failedReason ?? 'the mail server refused it'}`}</Text>
      ) : null}
    </BlockStack>
  );
}
