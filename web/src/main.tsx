import {createRoot} from 'react-dom/client';
import {AppProvider, Box, Frame, Tabs} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import '@shopify/polaris/build/esm/styles.css';
import '@fontsource/caveat/400.css';
import {Today} from './pages/Today';
import {TouchPage} from './pages/Touch';
import {Settings} from './pages/Settings';
import {Team} from './pages/Team';
import {Rules} from './pages/Rules';
import {Insights} from './pages/Insights';
import {Print} from './pages/Print';
import {Outbox, useOutboxAvailable} from './pages/Outbox';
import {openPage, usePage, useTouchRoute} from './router';
import {labelToastCloseButtons} from './a11y/toast-close-label';

const PAGES = [
  {id: 'today', content: 'Today'},
  {id: 'print', content: 'Print'},
  {id: 'rules', content: 'Rules'},
  {id: 'team', content: 'Team'},
  {id: 'insights', content: 'Insights'},
  {id: 'settings', content: 'Settings'},
];
/** Local mode only: the server answers GET /api/dev/outbox there, and 404 in production. */
const OUTBOX_PAGE = {id: 'outbox', content: 'Outbox (local)'};

function App() {
  const touch = useTouchRoute();
  const page = usePage();
  const pages = useOutboxAvailable() ? [...PAGES, OUTBOX_PAGE] : PAGES;
  const selected = Math.max(
    0,
    pages.findIndex((p) => p.id === page),
  );
  return (
    <Frame>
      {/* Inside Shopify admin these are App Bridge's nav menu; standalone, tabs. */}
      <Box paddingInlineStart="400" paddingBlockStart="200">
        <Tabs tabs={pages} selected={selected} onSelect={(i) => openPage(pages[i]!.id)} />
      </Box>
      {touch ? (
        <TouchPage id={touch} />
      ) : page === 'print' ? (
        <Print />
      ) : page === 'rules' ? (
        <Rules />
      ) : page === 'team' ? (
        <Team />
      ) : page === 'insights' ? (
        <Insights />
      ) : page === 'settings' ? (
        <Settings />
      ) : page === 'outbox' ? (
        <Outbox />
      ) : (
        <Today />
      )}
    </Frame>
  );
}

labelToastCloseButtons();

createRoot(document.getElementById('root')!).render(
  <AppProvider i18n={en}>
    <App />
  </AppProvider>,
);
