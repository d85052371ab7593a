import {
  IndexTable,
  Link,
  BlockStack,
  Box,
  InlineStack,
  Text,
  useBreakpoints,
  useIndexResourceState,
  type IndexTableProps,
} from '@shopify/polaris';
import {useEffect} from 'react';
import {openTouch} from '../../router';
import type {Touch} from '../../api/types';
import {KIND_LABELS, TouchKindBadge, TouchStatusBadge} from '../../components/TouchKindBadge';
import {AdminLink} from '../../components/AppBridge';
import type {SortKey} from './useTouches';
import {formatDate, formatDateTime} from '../../lib/dates';

const SKIP_REASONS: Record<string, string> = {
  frequency_cap: 'Touched recently',
  no_email: 'No email address',
  no_marketing_consent: 'No marketing consent',
  pos_order: 'Served in person',
  order_cancelled: 'Order cancelled',
  already_shipped: 'Shipped before packing',
  condition_not_met: 'Rule conditions not met',
  one_touch_per_order: 'One touch per order',
  not_customer_order: 'No customer',
  customer_asked: 'Customer asked',
  not_appropriate: 'Not appropriate',
  out_of_stock: 'Out of stock',
  duplicate: 'Duplicate',
  other: 'Other',
};

/** "in 5 h", "2 h overdue", "done": when a touch is due, as a packer reads it. */
export function dueLabel(
  t: Pick<Touch, 'dueAt' | 'status'>,
  now = Date.now(),
): {text: string; tone?: 'critical' | 'caution' | 'subdued'} {
  if (t.status !== 'open') return {text: formatDate(t.dueAt), tone: 'subdued'};
  const ms = Date.parse(t.dueAt) - now;
  const span = (m: number) =>
    m >= 86_400_000
      ? `${Math.round(m / 86_400_000)} d`
      : m >= 3_600_000
        ? `${Math.round(m / 3_600_000)} h`
        : `${Math.max(1, Math.round(m / 60_000))} min`;
  if (ms < 0) return {text: `${span(-ms)} overdue`, tone: 'critical'};
  return {text: `in ${span(ms)}`, tone: ms < 4 * 3_600_000 ? 'caution' : undefined};
}

export interface TouchTableProps {
  touches: Touch[];
  loading: boolean;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  /** Staff names by id. */
  nameOf: (id: string | null) => string | null;
  /** The bulk actions for the selected touches (ids; `all`: every touch the filters match). */
  bulkActions: (
    ids: string[],
    clear: () => void,
    all: boolean,
  ) => IndexTableProps['promotedBulkActions'];
  /** More touches match than are loaded: "select all" offers them too. */
  hasMore?: boolean;
}

const HEADINGS: IndexTableProps['headings'] = [
  {title: 'Order'},
  {title: 'Customer'},
  {title: 'Touch'},
  {title: 'Assignee'},
  {title: 'Due'},
  {title: 'Status'},
  {title: 'Created'},
];
const DUE_COLUMN = 4;
const CREATED_COLUMN = 6;

/** The touch queue: which order, for whom, what to do, who does it, by when, and where it stands. */
export function TouchTable({
  touches,
  loading,
  sort,
  onSort,
  nameOf,
  bulkActions,
  hasMore = false,
}: TouchTableProps) {
  const selectable = touches.filter((t) => t.status !== 'held_out');
  const {selectedResources, allResourcesSelected, handleSelectionChange, clearSelection} =
    useIndexResourceState(selectable as unknown as {[key: string]: unknown}[]);
  const ids = touches.map((t) => t.id).join();
  useEffect(() => clearSelection(), [ids]); // eslint-disable-line react-hooks/exhaustive-deps

  const actions = bulkActions(selectedResources, clearSelection, allResourcesSelected && hasMore);
  // On a phone the table is a list: one cell per touch with what a packer needs at a glance.
  const {smDown: condensed} = useBreakpoints();
  const rows = touches.map((t, index) => {
    const due = dueLabel(t);
    if (condensed)
      return (
        <IndexTable.Row
          id={t.id}
          key={t.id}
          position={index}
          selected={selectedResources.includes(t.id)}
          disabled={t.status === 'held_out'}
          onClick={() => openTouch(t.id)}
        >
          <Box paddingInline="300" paddingBlock="200">
            <BlockStack gap="100">
              <InlineStack align="space-between" blockAlign="center" gap="200" wrap={false}>
                <Text as="span" variant="bodyMd" fontWeight="semibold">
                  {t.orderName}
                </Text>
                <Text as="span" tone={due.tone}>
                  {due.text}
                </Text>
              </InlineStack>
              <InlineStack align="space-between" blockAlign="center" gap="200">
                <TouchKindBadge kind={t.kind} />
                <TouchStatusBadge status={t.status} />
              </InlineStack>
              <Text as="span" tone="subdued">
                {[t.customer?.displayName ?? 'Guest', nameOf(t.assignee) ?? 'Unassigned'].join(
                  ' · ',
                )}
              </Text>
            </BlockStack>
          </Box>
        </IndexTable.Row>
      );
    return (
      <IndexTable.Row
        id={t.id}
        key={t.id}
        position={index}
        selected={selectedResources.includes(t.id)}
        disabled={t.status === 'held_out'}
        onClick={() => openTouch(t.id)}
      >
        <IndexTable.Cell>
          <Link
            dataPrimaryLink
            removeUnderline
            onClick={() => openTouch(t.id)}
            accessibilityLabel={`Open the ${KIND_LABELS[t.kind]} for ${t.orderName}`}
          >
            <Text as="span" variant="bodyMd" fontWeight="semibold">
              {t.orderName}
            </Text>
          </Link>
          {t.sequence === null ? null : (
            <Text as="span" tone="subdued">{` · #${t.sequence} in the count`}</Text>
          )}
        </IndexTable.Cell>
        <IndexTable.Cell>
          {t.customer ? (
            <AdminLink gid={t.customer.id}>{t.customer.displayName ?? 'Customer'}</AdminLink>
          ) : (
            'Guest'
          )}
        </IndexTable.Cell>
        <IndexTable.Cell>
          <TouchKindBadge kind={t.kind} />
        </IndexTable.Cell>
        <IndexTable.Cell>
          {nameOf(t.assignee) ?? (
            <Text as="span" tone="subdued">
              Unassigned
            </Text>
          )}
        </IndexTable.Cell>
        <IndexTable.Cell>
          <Text as="span" tone={due.tone}>
            {due.text}
          </Text>
        </IndexTable.Cell>
        <IndexTable.Cell>
          <TouchStatusBadge status={t.status} />
          {t.skipReason ? (
            <Text as="span" tone="subdued">
              {' '}
              {SKIP_REASONS[t.skipReason] ?? t.skipReason}
            </Text>
          ) : null}
        </IndexTable.Cell>
        <IndexTable.Cell>{formatDateTime(t.createdAt)}</IndexTable.Cell>
      </IndexTable.Row>
    );
  });
  return (
    <IndexTable
      resourceName={{singular: 'touch', plural: 'touches'}}
      itemCount={selectable.length}
      selectedItemsCount={allResourcesSelected ? 'All' : selectedResources.length}
      onSelectionChange={handleSelectionChange}
      promotedBulkActions={actions}
      selectable={(actions?.length ?? 0) > 0}
      loading={loading}
      condensed={condensed}
      hasMoreItems={hasMore}
      headings={HEADINGS}
      sortable={HEADINGS.map((_, i) => i === DUE_COLUMN || i === CREATED_COLUMN)}
      sortColumnIndex={sort === 'due' ? DUE_COLUMN : CREATED_COLUMN}
      sortDirection={sort === 'newest' ? 'descending' : 'ascending'}
      defaultSortDirection="ascending"
      onSort={(column, direction) =>
        onSort(column === DUE_COLUMN ? 'due' : direction === 'descending' ? 'newest' : 'oldest')
      }
    >
      {rows}
    </IndexTable>
  );
}
