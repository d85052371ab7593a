import {z} from 'zod';

const scopes = z
  .string()
  .regex(
    /^[a-z_]+(,[a-z_]+)*$/,
    'comma-separated Shopify access scopes, e.g. read_orders,read_customers',
  );

const baseUrl = z.url({protocol: /^https?$/}).transform((url) => url.replace(/\/$/, ''));

/** The environment variables of the public contract (README "Configuration"), plus operational knobs. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  SHOPIFY_API_KEY: z.string().min(1),
  SHOPIFY_API_SECRET: z.string().min(16, 'at least 16 characters'),
  SHOPIFY_APP_URL: baseUrl,
  SCOPES: scopes,
  PORT: z.coerce.number().int().min(0).max(65535),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'a mongodb:// or mongodb+srv:// URI'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL'),
  ENCRYPTION_KEY: z.string().regex(/^[0-9a-f]{64}$/i, '32 bytes as 64 hex characters'),
  /** The address personal emails are sent from (the display name is the writer's); default: no-reply@ the app's host. */
  MAIL_FROM_ADDRESS: z.email().optional(),
  /** Local mode: the folder the local SMTP server keeps mail in; enables the panel's dev Outbox (`/api/dev/outbox`). */
  LOCAL_MAIL_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest webhook body accepted; real orders with hundreds of line items run to megabytes. */
  WEBHOOK_BODY_LIMIT_MB: z.coerce.number().positive().max(15).default(10),
  /**
   * Local mode: the origin of the local Shopify stand-in (`npm run dev`, tests). When set, the
   * app's Shopify HTTP calls go there instead of https://{shop}; unset means real Shopify.
   */
  SHOPIFY_LOCAL_ORIGIN: z
    .url({protocol: /^http$/, hostname: /^(127\.0\.0\.1|localhost)$/})
    .optional(),
  /** Run the job worker and cadence sweeps in this process. */
  RUN_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Config = z.infer<typeof configSchema>;
