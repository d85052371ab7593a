/**
 * `npm run dev`: the embedded database (unless MONGODB_URI is set), then the app with reload.
 * Data stays under .data/ between runs; the local encryption key is generated once and kept.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startFerretDb, type EmbeddedDb } from './lib/ferretdb';

const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, '.data');

function localEncryptionKey(): string {
  const file = path.join(dataDir, 'encryption.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let db: EmbeddedDb | null = null;
  let mongoUri = process.env.MONGODB_URI;
  if (!mongoUri) {
    db = await startFerretDb({ dataDir: path.join(dataDir, 'ferretdb') });
    mongoUri = `${db.uri}/human-touch`;
  }
  const env = { ...process.env, MONGODB_URI: mongoUri, ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? localEncryptionKey() };
  const port = env.PORT ?? '8081';
  process.stdout.write(
    [
      '',
      'Human Touch (local mode)',
      `  app        http://localhost:${port}`,
      `  database   ${db ? `embedded FerretDB v1.24.2 (SQLite) at ${db.uri}, data in .data/ferretdb` : mongoUri}`,
      `  webhooks   POST http://localhost:${port}/api/webhooks (HMAC with SHOPIFY_API_SECRET)`,
      `  health     http://localhost:${port}/healthz  /readyz  /metrics`,
      '  defaults   every unset variable takes its local default; the app logs which at start',
      '',
    ].join('\n'),
  );
  const app = spawn('tsx', ['watch', '--clear-screen=false', path.join(root, 'server/src/main.ts')], { env, stdio: 'inherit' });
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
