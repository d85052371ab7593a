import { createRoot } from 'react-dom/client';
import { AppProvider } from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import '@shopify/polaris/build/esm/styles.css';
import { Today } from './pages/Today';

createRoot(document.getElementById('root')!).render(
  <AppProvider i18n={en}>
    <Today />
  </AppProvider>,
);
