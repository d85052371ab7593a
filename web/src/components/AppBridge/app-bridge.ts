/**
 * The App Bridge globals the panel uses. Inside Shopify admin `app-bridge.js` defines them
 * (https://shopify.dev/docs/api/app-home/apis); in local mode the local Shopify serves a
 * stand-in script with the same names, so both run the same calls.
 */
export interface ToastOptions {
  isError?: boolean;
  duration?: number;
  /** A button in the toast (e.g. "Undo") and what it does. */
  action?: string;
  onAction?: () => void;
  onDismiss?: () => void;
}

export interface AppBridge {
  idToken: () => Promise<string>;
  environment?: {embedded: boolean; mobile: boolean; pos: boolean};
  toast?: {show: (message: string, opts?: ToastOptions) => string; hide?: (id: string) => void};
  saveBar?: {
    show: (id: string) => Promise<void>;
    hide: (id: string) => Promise<void>;
    toggle?: (id: string) => Promise<void>;
  };
}

declare global {
  interface Window {
    shopify?: AppBridge;
  }
}

/** App Bridge when it is loaded (admin, or the local stand-in); null in unit tests. */
export const appBridge = (): AppBridge | null =>
  typeof window !== 'undefined' && window.shopify ? window.shopify : null;

/** Inside Shopify admin (or the stand-in opened as the admin opens an app, `embedded=1`). */
export const isEmbedded = (): boolean => appBridge()?.environment?.embedded === true;

/** Local mode: the server names the local Shopify; there is no admin chrome around the panel. */
export const isLocalMode = (): boolean =>
  typeof document !== 'undefined' &&
  document.querySelector('meta[name="human-touch-local-shopify"]') !== null;
