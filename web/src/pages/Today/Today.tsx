import { useMemo, useState } from 'react';
import { Banner, BlockStack, Button, Card, ChoiceList, EmptyState, Filters, Layout, Page, SkeletonBodyText, Text } from '@shopify/polaris';
import { KIND_LABELS, STATUS_LABELS } from '../../components/TouchKindBadge';
import { TouchTable } from './TouchTable';
import { useTouches, type TouchFilters } from './useTouches';

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Today: the touch queue, filtered by status and kind. */
export function Today() {
  const [status, setStatus] = useState<string[]>(['open']);
  const [kind, setKind] = useState<string[]>([]);
  const filters: TouchFilters = useMemo(() => ({ status, kind }), [status, kind]);
  const { touches, loading, error, hasMore, loadMore, reload } = useTouches(filters);
  const applied = [
    ...(status[0] ? [{ key: 'status', label: `Status: ${STATUS_LABELS[status[0] as keyof typeof STATUS_LABELS]}`, onRemove: () => setStatus([]) }] : []),
    ...(kind[0] ? [{ key: 'kind', label: `Touch: ${KIND_LABELS[kind[0] as keyof typeof KIND_LABELS]}`, onRemove: () => setKind([]) }] : []),
  ];
  const firstLoad = loading && touches.length === 0 && !error;

  return (
    <Page title="Today" subtitle="Software picks the moment; a person does the touch." primaryAction={{ content: 'Refresh', onAction: reload }}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {error ? <Banner tone="critical" title="The touch queue could not be loaded">{error}</Banner> : null}
            <Card padding="0">
              <Filters
                queryValue=""
                hideQueryField
                onQueryChange={() => undefined}
                onQueryClear={() => undefined}
                onClearAll={() => { setStatus([]); setKind([]); }}
                appliedFilters={applied}
                filters={[
                  { key: 'status', label: 'Status', filter: <ChoiceList title="Status" titleHidden choices={choices(STATUS_LABELS)} selected={status} onChange={setStatus} />, shortcut: true },
                  { key: 'kind', label: 'Touch', filter: <ChoiceList title="Touch" titleHidden choices={choices(KIND_LABELS)} selected={kind} onChange={setKind} />, shortcut: true },
                ]}
              />
              {firstLoad ? (
                <div style={{ padding: 16 }}><SkeletonBodyText lines={6} /></div>
              ) : touches.length === 0 && !error ? (
                <EmptyState heading="No touches here yet" image="">
                  <Text as="p">Every 10th order brings a team photo, every 20th a signed card, every 50th a personal email with a gift certificate and every 100th a free gift. They appear here as orders come in.</Text>
                </EmptyState>
              ) : (
                <TouchTable touches={touches} loading={loading} />
              )}
            </Card>
            {hasMore ? <Button onClick={loadMore} loading={loading}>Load more</Button> : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
