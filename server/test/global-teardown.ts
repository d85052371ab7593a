import {rmSync} from 'node:fs';
import type {EmbeddedDb} from '../../scripts/lib/ferretdb';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as {__htDb?: EmbeddedDb; __htDbDir?: string};
  await g.__htDb?.stop();
  if (g.__htDbDir) rmSync(g.__htDbDir, {recursive: true, force: true});
}
