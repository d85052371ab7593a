/**
 * Where the panel gets its session tokens: App Bridge inside Shopify admin (the server adds its
 * script and the API key), or the local Shopify stand-in in local mode (the server names it in
 * a meta tag). https://shopify.dev/docs/api/app-bridge-library/apis/id-token
 */
import {appBridge} from '../components/AppBridge/app-bridge';

const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;

export const currentShop = (): string | null =>
  new URLSearchParams(window.location.search).get('shop');

export async function sessionToken(): Promise<string> {
  const bridge = appBridge();
  if (bridge) return bridge.idToken();
  const local = meta('human-touch-local-shopify');
  const shop = currentShop();
  if (!local || !shop)
    throw new Error('Open Human Touch from Shopify admin (no session token available)');
  const res = await fetch(`${local}/session-token?shop=${encodeURIComponent(shop)}`);
  if (!res.ok) throw new Error('The local Shopify did not issue a session token');
  return ((await res.json()) as {token: string}).token;
}
