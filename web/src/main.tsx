import { createRoot } from 'react-dom/client';
import { AppProvider, Frame } from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import '@shopify/polaris/build/esm/styles.css';
import '@fontsource/caveat/400.css';
import { Today } from './pages/Today';
import { TouchPage } from './pages/Touch';
import { useTouchRoute } from './router';

function App() {
  const touch = useTouchRoute();
  return <Frame>{touch ? <TouchPage id={touch} /> : <Today />}</Frame>;
}

createRoot(document.getElementById('root')!).render(
  <AppProvider i18n={en}>
    <App />
  </AppProvider>,
);
