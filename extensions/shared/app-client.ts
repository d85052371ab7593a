import {createHumanTouchClient} from './human-touch-api';

/**
 * The client inside Shopify admin: relative URLs go to the app's `application_url`, and the ID
 * token from `shopify.auth.idToken()` is the session token the app's /api routes verify.
 * https://shopify.dev/docs/api/admin-extensions/2026-10#network-access
 */
export const adminClient = (auth: {idToken: () => Promise<string | null>}) =>
  createHumanTouchClient({appUrl: '', idToken: () => auth.idToken()});
