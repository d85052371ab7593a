import {Banner, BlockStack, Button, Card, InlineStack, ProgressBar, Text} from '@shopify/polaris';
import {useCsvExport} from './useCsvExport';

/** "Export CSV": every touch with its outcome, streamed with progress; customer data only as Settings allow. */
export function ExportCard() {
  const {state, start, cancel} = useCsvExport();
  const share = state.total ? Math.min(100, Math.round((state.rows / state.total) * 100)) : 0;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Export
        </Text>
        <Text as="p" tone="subdued">
          Every touch with its order, status and what the customer did afterwards (30, 60 and 90
          days). No gift card codes; customer names and notes only if Settings allow it.
        </Text>
        {state.error ? (
          <Banner tone="critical" title="The export stopped">
            {state.error}
          </Banner>
        ) : null}
        {state.running ? (
          <BlockStack gap="200">
            <ProgressBar progress={share} size="small" ariaLabelledBy="export-progress" />
            <Text as="p" id="export-progress">
              {state.total !== null
                ? `${state.rows.toLocaleString('en')} of ${state.total.toLocaleString('en')} rows`
                : 'Starting…'}
            </Text>
          </BlockStack>
        ) : null}
        {state.saved && !state.running ? (
          <Text as="p" tone="success">
            Saved {state.saved} ({state.rows.toLocaleString('en')} rows).
          </Text>
        ) : null}
        <InlineStack gap="200">
          <Button onClick={() => void start()} disabled={state.running}>
            Export CSV
          </Button>
          {state.running ? <Button onClick={cancel}>Cancel</Button> : null}
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
