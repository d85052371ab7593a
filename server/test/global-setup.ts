import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startFerretDb} from '../../scripts/lib/ferretdb';

/** One embedded FerretDB for the whole run (each test file uses its own database), unless MONGODB_URI is set. */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) {
    process.env.HT_TEST_MONGODB_URI = process.env.MONGODB_URI;
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'human-touch-test-db-'));
  const db = await startFerretDb({dataDir});
  process.env.HT_TEST_MONGODB_URI = db.uri;
  (globalThis as {__htDb?: typeof db; __htDbDir?: string}).__htDb = db;
  (globalThis as {__htDbDir?: string}).__htDbDir = dataDir;
}
