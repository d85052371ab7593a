import { IndexTable, Link, Text } from '@shopify/polaris';
import { openTouch } from '../../router';
import type { Touch } from '../../api/types';
import { TouchKindBadge, TouchStatusBadge } from '../../components/TouchKindBadge';

const SKIP_REASONS: Record<string, string> = {
  frequency_cap: 'Touched recently', no_email: 'No email address', no_marketing_consent: 'No marketing consent',
  pos_order: 'Served in person', order_cancelled: 'Order cancelled', condition_not_met: 'Rule conditions not met',
  one_touch_per_order: 'One touch per order', not_customer_order: 'No customer',
};

export interface TouchTableProps {
  /** The touches to list, newest first. */
  touches: Touch[];
  /** Shown over the rows while a page loads. */
  loading: boolean;
}

/** The touch queue: which order, for whom, what to do, and where it stands. */
export function TouchTable({ touches, loading }: TouchTableProps) {
  const rows = touches.map((t, index) => (
    <IndexTable.Row id={t.id} key={t.id} position={index} onClick={() => openTouch(t.id)}>
      <IndexTable.Cell>
        <Link dataPrimaryLink removeUnderline onClick={() => openTouch(t.id)} accessibilityLabel={`Open the ${t.kind.replace('_', ' ')} for ${t.orderName}`}>
          <Text as="span" variant="bodyMd" fontWeight="semibold">{t.orderName}</Text>
        </Link>
      </IndexTable.Cell>
      <IndexTable.Cell>{t.sequence === null ? '—' : `#${t.sequence}`}</IndexTable.Cell>
      <IndexTable.Cell>{t.customer?.displayName ?? 'Guest'}</IndexTable.Cell>
      <IndexTable.Cell><TouchKindBadge kind={t.kind} /></IndexTable.Cell>
      <IndexTable.Cell>{t.assignee ?? <Text as="span" tone="subdued">Unassigned</Text>}</IndexTable.Cell>
      <IndexTable.Cell>
        <TouchStatusBadge status={t.status} />
        {t.skipReason ? <Text as="span" tone="subdued"> {SKIP_REASONS[t.skipReason] ?? t.skipReason}</Text> : null}
      </IndexTable.Cell>
      <IndexTable.Cell>{new Date(t.orderCreatedAt).toLocaleString()}</IndexTable.Cell>
    </IndexTable.Row>
  ));
  return (
    <IndexTable
      resourceName={{ singular: 'touch', plural: 'touches' }}
      itemCount={touches.length}
      selectable={false}
      loading={loading}
      headings={[
        { title: 'Order' }, { title: 'Count' }, { title: 'Customer' }, { title: 'Touch' },
        { title: 'Assignee' }, { title: 'Status' }, { title: 'Ordered' },
      ]}
    >
      {rows}
    </IndexTable>
  );
}
