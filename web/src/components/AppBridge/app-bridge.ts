/**
 * The App Bridge globals the panel uses. Inside Shopify admin `app-bridge.js` defines them
 * (https://shopify.dev/docs/api/app-home/apis); in local mode the local Shopify serves a
 * stand-in script with the same names, so both run the same calls.
 */
export interface AppBridge {
  idToken: () => Promise<string>;
  toast?: {show: (message: string, opts?: {isError?: boolean; duration?: number}) => string};
  saveBar?: {show: (id: string) => Promise<void>; hide: (id: string) => Promise<void>};
}

declare global {
  interface Window {
    shopify?: AppBridge;
  }
}

/** App Bridge when it is loaded (admin, or the local stand-in); null in unit tests. */
export const appBridge = (): AppBridge | null =>
  typeof window !== 'undefined' && window.shopify ? window.shopify : null;

/** Local mode: the server names the local Shopify; there is no admin chrome around the panel. */
export const isLocalMode = (): boolean =>
  typeof document !== 'undefined' &&
  document.querySelector('meta[name="human-touch-local-shopify"]') !== null;
