import {useState} from 'react';
import {
  Badge,
  Banner,
  BlockStack,
  Button,
  Card,
  EmptyState,
  InlineStack,
  Page,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {apiGetForFile} from '../../api/client';
import {saveBlob} from '../../browser/files';
import {usePrivacyRequests, type DataRequest} from './usePrivacyRequests';

const STATUS: Record<
  DataRequest['status'],
  {label: string; tone?: 'success' | 'attention' | 'critical'}
> = {
  preparing: {label: 'Being prepared', tone: 'attention'},
  ready: {label: 'Ready to send', tone: 'success'},
  failed: {label: 'Failed, retrying', tone: 'critical'},
  redacted: {label: 'Customer erased since'},
};

const day = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, {day: 'numeric', month: 'short', year: 'numeric'});
const numericId = (gid: string | null) => gid?.split('/').pop() ?? 'unknown';

/**
 * Customer data requests (customers/data_request): what the app holds for each customer who asked,
 * to download and send them. Shopify expects an answer within 30 days.
 */
export function Privacy() {
  const {data, error, loading, reload} = usePrivacyRequests();
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function download(r: DataRequest) {
    if (!r.download) return;
    setBusy(r.id);
    setFailed(null);
    try {
      const {blob} = await apiGetForFile(r.download);
      saveBlob(blob, `customer-data-request-${r.dataRequestId ?? r.id}.json`);
      await reload();
    } catch (e) {
      setFailed((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Page
      title="Customer data requests"
      subtitle="When a customer asks your store what it holds about them, Shopify tells the app; send them this file within 30 days."
      secondaryActions={[{content: 'Refresh', loading, onAction: () => void reload()}]}
    >
      <BlockStack gap="400">
        {error || failed ? (
          <Banner tone="critical" title="The requests could not be read">
            {error ?? failed}
          </Banner>
        ) : null}
        {data && data.waiting > 0 ? (
          <Banner
            tone="warning"
            title={`${data.waiting} request${data.waiting === 1 ? '' : 's'} to send`}
          >
            Download the file and send it to the customer (for example from Shopify admin, replying
            to their request).
          </Banner>
        ) : null}
        <Card>
          {!data ? (
            <SkeletonBodyText lines={4} />
          ) : data.requests.length === 0 ? (
            <EmptyState heading="No customer has asked for their data" image="">
              <p>Requests appear here when Shopify sends them.</p>
            </EmptyState>
          ) : (
            <BlockStack gap="300" as="ul">
              {data.requests.map((r) => (
                <li key={r.id} style={{listStyle: 'none'}}>
                  <InlineStack align="space-between" blockAlign="center" gap="300">
                    <BlockStack gap="100">
                      <Text as="span" variant="bodyMd" fontWeight="semibold">
                        Customer {numericId(r.customerId)}
                      </Text>
                      <Text as="span" variant="bodySm" tone="subdued">
                        Received {day(r.receivedAt)}
                        {r.ordersRequested.length
                          ? ` · ${r.ordersRequested.length} order${r.ordersRequested.length === 1 ? '' : 's'} named`
                          : ''}
                        {r.downloadedAt ? ` · downloaded ${day(r.downloadedAt)}` : ''}
                      </Text>
                    </BlockStack>
                    <InlineStack gap="200" blockAlign="center">
                      <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
                      {r.download ? (
                        <Button
                          onClick={() => void download(r)}
                          loading={busy === r.id}
                          accessibilityLabel={`Download the data of customer ${numericId(r.customerId)}`}
                        >
                          Download
                        </Button>
                      ) : null}
                    </InlineStack>
                  </InlineStack>
                </li>
              ))}
            </BlockStack>
          )}
        </Card>
      </BlockStack>
    </Page>
  );
}
