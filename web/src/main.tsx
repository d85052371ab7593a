import {createRoot} from 'react-dom/client';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import '@shopify/polaris/build/esm/styles.css';
import '@fontsource/caveat/400.css';
import {App} from './App/App';
import {labelToastCloseButtons} from './a11y/toast-close-label';

labelToastCloseButtons();

createRoot(document.getElementById('root')!).render(
  <AppProvider i18n={en}>
    <App />
  </AppProvider>,
);
