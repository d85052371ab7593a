import {useEffect, useState} from 'preact/hooks';
import {adminClient} from './app-client';
import {printSourceFor, type PrintSource} from './print-source';

/** What both print actions need of the admin's API: the ID token, and the order(s) to print. */
export interface PrintActionApi {
  auth: {idToken(): Promise<string | null>};
  data: {selected: readonly {id: string}[]};
}

/**
 * The print action's body, shared by the two extensions (one target each, as Shopify requires):
 * the order page's Print menu and the order list's selection Print menu.
 */
export function PrintStickers({api}: {api: PrintActionApi}) {
  const [source, setSource] = useState<PrintSource | null>(null);
  useEffect(() => {
    void printSourceFor(adminClient(api.auth), api.data.selected).then(setSource);
  }, [api]);
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
