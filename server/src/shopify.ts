import '@shopify/shopify-api/adapters/node';
import {ApiVersion, LogSeverity} from '@shopify/shopify-api';
import {shopifyApp} from '@shopify/shopify-app-express';
import {MongoDBSessionStorage} from '@shopify/shopify-app-session-storage-mongodb';
import type {Config} from './config';
import type {Logger} from './logger';

/** Pinned Admin API version; shopify.app.toml's [webhooks] api_version says the same. */
export const API_VERSION = ApiVersion.October26;

export interface ShopifyDeps {
  config: Config;
  logger: Logger;
  /** Database name for the session collection (the app's own database). */
  dbName: string;
}

/**
 * The one place that builds the Shopify app object (as in Shopify's app templates): API client factory,
 * webhook validation, session tokens and MongoDB session storage.
 */
export function createShopify({config, logger, dbName}: ShopifyDeps) {
  const appUrl = new URL(config.SHOPIFY_APP_URL);
  const sessionStorage = new MongoDBSessionStorage(new URL(config.MONGODB_URI), dbName);
  const log = logger.child({component: 'shopify-api'});
  const app = shopifyApp({
    api: {
      apiKey: config.SHOPIFY_API_KEY,
      apiSecretKey: config.SHOPIFY_API_SECRET,
      scopes: config.SCOPES.split(','),
      hostName: appUrl.host,
      hostScheme: appUrl.protocol === 'http:' ? 'http' : 'https',
      apiVersion: API_VERSION,
      isEmbeddedApp: true,
      logger: {
        level: LogSeverity.Warning,
        httpRequests: false,
        timestamps: false,
        // The library's own messages can quote a token (e.g. a failed JWT); keep only the gist.
        log: async (severity, message) =>
          log.warn({severity}, message.slice(0, 200).replace(/ey[\w-]+\.[\w-]+\.[\w-]+/g, '[jwt]')),
      },
    },
    auth: {path: '/api/auth', callbackPath: '/api/auth/callback'},
    webhooks: {path: '/api/webhooks'},
    sessionStorage,
    future: {tokenExchange: true, expiringOfflineAccessTokens: true},
  });
  return {app, api: app.api, sessionStorage};
}

export type Shopify = ReturnType<typeof createShopify>;
