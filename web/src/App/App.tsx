import {Suspense} from 'react';
import {Box, Frame, Tabs} from '@shopify/polaris';
import {NavMenu, TitleBar, isEmbedded} from '../components/AppBridge';
import {useOutboxAvailable} from '../pages/Outbox/useOutbox';
import {usePrivacyWaiting} from '../pages/Privacy/usePrivacyRequests';
import {openPage, usePage, useTouchRoute} from '../router';
import {OUTBOX_PAGE, PAGES, PAGE_COMPONENTS, TouchPage, isPageId} from './pages';
import {PageSkeleton} from './PageSkeleton';

/**
 * The panel: the nav, then the page in the URL, each page's code fetched when it is opened.
 * Inside Shopify admin the admin draws the nav and the title bar (App Bridge); the Polaris
 * tabs are for local mode, where nothing is drawn around the panel.
 */
export function App() {
  const touch = useTouchRoute();
  const page = usePage();
  const outbox = useOutboxAvailable();
  // Customer data requests waiting to be sent: the Privacy tab says how many.
  const privacyWaiting = usePrivacyWaiting();
  const pages = outbox ? [...PAGES, OUTBOX_PAGE] : PAGES;
  const selected = Math.max(
    0,
    pages.findIndex((p) => p.id === page),
  );
  const Page = PAGE_COMPONENTS[isPageId(page) ? page : 'today'];
  const embedded = isEmbedded();
  return (
    <Frame>
      {embedded ? (
        <>
          <NavMenu items={pages} onOpen={openPage} />
          <TitleBar title={touch ? 'Touch' : (pages[selected]?.label ?? '')} />
        </>
      ) : (
        /* The tab bar keeps its height and waits for the outbox and privacy answers: the page must not shift. */
        <Box paddingInlineStart="400" paddingBlockStart="200" minHeight="3.25rem">
          {outbox === null || privacyWaiting === null ? null : (
            <Tabs
              tabs={pages.map((p) => ({
                id: p.id,
                content: p.label,
                ...(p.id === 'privacy' && privacyWaiting > 0
                  ? {badge: String(privacyWaiting)}
                  : {}),
              }))}
              selected={selected}
              onSelect={(i) => openPage(pages[i]!.id)}
            />
          )}
        </Box>
      )}
      <Suspense fallback={<PageSkeleton title={pages[selected]?.label ?? ''} />}>
        {touch ? <TouchPage id={touch} /> : <Page />}
      </Suspense>
    </Frame>
  );
}
