import {randomBytes} from 'node:crypto';
import {configSchema, type Config} from './schema';

/** Local-mode defaults (README "Configuration"). Explicit environment values always win. */
export function localDefaults(env: NodeJS.ProcessEnv): Record<string, string> {
  const port = env.PORT ?? '8081';
  return {
    SHOPIFY_API_KEY: 'human-touch-local-api-key',
    SHOPIFY_API_SECRET: 'human-touch-local-api-secret',
    SHOPIFY_APP_URL: `http://localhost:${port}`,
    SCOPES: 'read_orders,read_customers,write_gift_cards', // = shopify.app.toml [access_scopes]
    PORT: port,
    SMTP_URL: 'smtp://127.0.0.1:2525',
    // Random per process unless the dev script passes the key it keeps under .data/.
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  config: Config;
  /** Names of the variables that took a local-mode default (printed at start). */
  defaulted: string[];
}

/**
 * The one place that reads the environment. Production requires every contract variable;
 * development and test fill in local defaults and say which.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const production = env.NODE_ENV === 'production';
  const defaults = production ? {} : localDefaults(env);
  const merged: Record<string, string | undefined> = {...defaults};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value !== '') merged[key] = value;
  const defaulted = Object.keys(defaults).filter((key) => !env[key]);
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return {config: parsed.data, defaulted};
}
