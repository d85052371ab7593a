import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {adminClient} from '../../shared/app-client';
import {printSourceFor, type PrintSource} from '../../shared/print-source';

declare const shopify: import('@shopify/ui-extensions/admin.order-details.print-action.render').Api;

export default async () => {
  render(<PrintStickers />, document.body);
};

function PrintStickers() {
  const [source, setSource] = useState<PrintSource | null>(null);
  useEffect(() => {
    void printSourceFor(adminClient(shopify.auth), shopify.data.selected).then(setSource);
  }, []);
  return (
    <s-admin-print-action src={source?.src ?? undefined}>
      <s-stack direction="block" gap="base">
        {source === null && <s-spinner accessibilityLabel="Preparing the stickers" />}
        {source?.src === null && <s-banner tone="warning">{source.message}</s-banner>}
        {source?.src && (
          <s-text>
            Human Touch stickers for{' '}
            {source.orders === 1 ? 'this order' : `${source.orders} orders`}.
          </s-text>
        )}
      </s-stack>
    </s-admin-print-action>
  );
}
