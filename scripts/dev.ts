/**
 * `npm run dev`: the embedded database (unless MONGODB_URI is set), then the app with reload.
 * Data stays under .data/ between runs; the local encryption key is generated once and kept.
 */
import {spawn} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {startFerretDb, type EmbeddedDb} from './lib/ferretdb';
import {loadConfig} from '../server/src/config';
import {createLocalShopify} from '../local-shopify/src';
import {startLocalSmtp} from '../server/src/local-mail/smtp';

const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, '.data');

function localEncryptionKey(): string {
  const file = path.join(dataDir, 'encryption.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), {mode: 0o600});
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  mkdirSync(dataDir, {recursive: true});
  let db: EmbeddedDb | null = null;
  let mongoUri = process.env.MONGODB_URI;
  if (!mongoUri) {
    db = await startFerretDb({dataDir: path.join(dataDir, 'ferretdb')});
    mongoUri = `${db.uri}/human-touch`;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: mongoUri,
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? localEncryptionKey(),
  };
  const port = env.PORT ?? '8081';
  // A real SMTP server that keeps every message under .data/mail (the panel's Outbox); a real
  // SMTP_URL in the environment is used as it is, and then nothing is started here.
  const mailDir = path.join(dataDir, 'mail');
  const smtp = process.env.SMTP_URL
    ? null
    : await startLocalSmtp({dir: mailDir, port: Number(process.env.LOCAL_SMTP_PORT ?? 2525)});
  if (smtp) Object.assign(env, {SMTP_URL: smtp.url, LOCAL_MAIL_DIR: mailDir});
  // The local Shopify stand-in, with the same key and secret the app will use.
  const {config} = loadConfig(env);
  const local = await createLocalShopify({
    apiKey: config.SHOPIFY_API_KEY,
    apiSecret: config.SHOPIFY_API_SECRET,
    scopes: config.SCOPES,
    appUrl: `http://127.0.0.1:${port}`,
  }).listen(Number(process.env.LOCAL_SHOPIFY_PORT ?? 8082));
  env.SHOPIFY_LOCAL_ORIGIN = local.origin;
  const demoShop = 'human-touch-demo.myshopify.com';
  process.stdout.write(
    [
      '',
      'Human Touch (local mode)',
      `  panel      http://localhost:${port}/?shop=${'human-touch-demo.myshopify.com'}  (session tokens from the local Shopify)`,
      `  app        http://localhost:${port}`,
      `  database   ${db ? `embedded FerretDB v1.24.2 (SQLite) at ${db.uri}, data in .data/ferretdb` : mongoUri}`,
      `  webhooks   POST http://localhost:${port}/api/webhooks (HMAC with SHOPIFY_API_SECRET)`,
      `  health     http://localhost:${port}/healthz  /readyz  /metrics`,
      `  mail       ${smtp ? `local SMTP server at ${smtp.url}, mail kept in .data/mail, read it in the panel's Outbox tab` : `SMTP_URL from the environment`}`,
      `  shopify    local stand-in at ${local.origin} (token exchange, Admin GraphQL on the real 2026-10 schema)`,
      `  api        TOKEN=$(curl -s '${local.origin}/session-token?shop=${demoShop}' | jq -r .token)`,
      `             curl -H "Authorization: Bearer $TOKEN" http://localhost:${port}/api/touches`,
      `  simulate   npm run simulate -- --shop ${demoShop} --orders 500 --rate 50 [--duplicates 0.2 --drop 0.1 --reorder 2000]`,
      '  defaults   every unset variable takes its local default; the app logs which at start',
      '',
    ].join('\n'),
  );
  const app = spawn(
    'tsx',
    ['watch', '--clear-screen=false', path.join(root, 'server/src/main.ts')],
    {env, stdio: 'inherit'},
  );
  const stop = async () => {
    app.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
    await db?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  app.on('exit', async (code) => {
    await db?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
