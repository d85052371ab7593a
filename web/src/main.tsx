import { createRoot } from 'react-dom/client';
import { AppProvider, Box, Frame, Tabs } from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import '@shopify/polaris/build/esm/styles.css';
import '@fontsource/caveat/400.css';
import { Today } from './pages/Today';
import { TouchPage } from './pages/Touch';
import { Settings } from './pages/Settings';
import { Team } from './pages/Team';
import { Rules } from './pages/Rules';
import { openPage, usePage, useTouchRoute } from './router';
import { labelToastCloseButtons } from './a11y/toast-close-label';

const PAGES = [
  { id: 'today', content: 'Today' },
  { id: 'rules', content: 'Rules' },
  { id: 'team', content: 'Team' },
  { id: 'settings', content: 'Settings' },
];

function App() {
  const touch = useTouchRoute();
  const page = usePage();
  const selected = Math.max(0, PAGES.findIndex((p) => p.id === page));
  return (
    <Frame>
      {/* Inside Shopify admin these are App Bridge's nav menu; standalone, tabs. */}
      <Box paddingInlineStart="400" paddingBlockStart="200">
        <Tabs tabs={PAGES} selected={selected} onSelect={(i) => openPage(PAGES[i]!.id)} />
      </Box>
      {touch ? <TouchPage id={touch} /> : page === 'rules' ? <Rules /> : page === 'team' ? <Team /> : page === 'settings' ? <Settings /> : <Today />}
    </Frame>
  );
}

labelToastCloseButtons();

createRoot(document.getElementById('root')!).render(
  <AppProvider i18n={en}>
    <App />
  </AppProvider>,
);
