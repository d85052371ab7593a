import {useState} from 'react';
import {Banner, BlockStack, Card, Page, SkeletonBodyText} from '@shopify/polaris';
import {MessageList} from './MessageList';
import {MessageView} from './MessageView';
import {useOutbox} from './useOutbox';

/** Local mode only: the mail the app sent, caught by the local SMTP server, so anyone can see what a customer would get. */
export function Outbox() {
  const {messages, error, loading, reload} = useOutbox();
  const [open, setOpen] = useState<string | null>(null);

  if (open) {
    return (
      <Page title="Message" backAction={{content: 'Outbox', onAction: () => setOpen(null)}}>
        <MessageView id={open} />
      </Page>
    );
  }
  return (
    <Page
      title="Outbox (local)"
      subtitle="Mail caught by the local SMTP server. Nothing leaves this machine."
      secondaryActions={[{content: 'Refresh', loading, onAction: () => void reload()}]}
    >
      <BlockStack gap="400">
        {error ? (
          <Banner tone="critical" title="The outbox could not be read">
            {error}
          </Banner>
        ) : null}
        <Card padding="0">
          {messages ? (
            <MessageList messages={messages} loading={loading} onOpen={setOpen} />
          ) : (
            <SkeletonBodyText lines={6} />
          )}
        </Card>
      </BlockStack>
    </Page>
  );
}
