import type { EmbeddedDb } from '../../scripts/lib/ferretdb';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __htDb?: EmbeddedDb }).__htDb?.stop();
}
