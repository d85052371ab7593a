import {EmptyState, IndexTable, Link, Text} from '@shopify/polaris';
import type {OutboxSummary} from '../../api/types';
import {formatSize} from './format';
import {formatDateTime} from '../../lib/dates';

export interface MessageListProps {
  messages: OutboxSummary[];
  loading: boolean;
  onOpen: (id: string) => void;
}

const HEADINGS: [{title: string}, ...{title: string}[]] = [
  {title: 'From'},
  {title: 'To'},
  {title: 'Subject'},
  {title: 'Received'},
  {title: 'Size'},
];

/** What the local SMTP server received, newest first; a row opens the message. */
export function MessageList({messages, loading, onOpen}: MessageListProps) {
  return (
    <IndexTable
      resourceName={{singular: 'message', plural: 'messages'}}
      itemCount={messages.length}
      headings={HEADINGS}
      selectable={false}
      loading={loading}
      emptyState={
        <EmptyState heading="No mail yet" image="">
          <Text as="p">Emails sent from touches arrive here. Nothing leaves this machine.</Text>
        </EmptyState>
      }
    >
      {messages.map((m, index) => (
        <IndexTable.Row id={m.id} key={m.id} position={index} onClick={() => onOpen(m.id)}>
          <IndexTable.Cell>{m.from}</IndexTable.Cell>
          <IndexTable.Cell>{m.to.join(', ')}</IndexTable.Cell>
          <IndexTable.Cell>
            <Link dataPrimaryLink removeUnderline onClick={() => onOpen(m.id)}>
              <Text as="span" fontWeight="semibold">
                {m.subject || '(no subject)'}
              </Text>
            </Link>
          </IndexTable.Cell>
          <IndexTable.Cell>{formatDateTime(m.receivedAt)}</IndexTable.Cell>
          <IndexTable.Cell>{formatSize(m.size)}</IndexTable.Cell>
        </IndexTable.Row>
      ))}
    </IndexTable>
  );
}
