import {
  Banner,
  BlockStack,
  Card,
  DescriptionList,
  List,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {EmailBody} from '../../components/EmailBody';
import {formatSize} from './format';
import {useOutboxMessage} from './useOutbox';
import {formatDateTime} from '../../lib/dates';

export interface MessageViewProps {
  /** The received message's id. */
  id: string;
}

/** One message exactly as the customer's mail program would get it: headers, both parts, attachments. */
export function MessageView({id}: MessageViewProps) {
  const {message, error} = useOutboxMessage(id);
  if (error)
    return (
      <Banner tone="critical" title="This message could not be read">
        {error}
      </Banner>
    );
  if (!message)
    return (
      <Card>
        <SkeletonBodyText lines={10} />
      </Card>
    );
  return (
    <BlockStack gap="400">
      <Card>
        <DescriptionList
          items={[
            {term: 'From', description: message.from},
            {term: 'Reply-to', description: message.replyTo ?? '—'},
            {term: 'To', description: message.to.join(', ')},
            {term: 'Subject', description: message.subject || '(no subject)'},
            {term: 'Received', description: formatDateTime(message.receivedAt)},
          ]}
        />
      </Card>
      <Card>
        <EmailBody html={message.html} text={message.text} title="Received message" />
      </Card>
      <Card>
        <BlockStack gap="200">
          <Text as="h2" variant="headingSm">
            Attachments
          </Text>
          {message.attachments.length === 0 ? (
            <Text as="p" tone="subdued">
              None.
            </Text>
          ) : (
            <List type="bullet">
              {message.attachments.map((a, i) => (
                <List.Item key={`${a.filename}-${i}`}>
                  {`${a.filename || '(unnamed)'} — ${a.contentType}, ${formatSize(a.size)}${a.cid ? `, inline (cid:${a.cid})` : ''}`}
                </List.Item>
              ))}
            </List>
          )}
        </BlockStack>
      </Card>
    </BlockStack>
  );
}
