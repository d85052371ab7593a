import {execFile} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {gzipSync} from 'node:zlib';
import {readExtensions} from '../../scripts/lib/build-extensions';

/**
 * What `shopify app deploy` ships: the Shopify CLI's own bundles (`shopify app build`, offline, the
 * `@shopify/cli` devDependency), not the project's esbuild. Each is measured against Shopify's
 * 64 KB limit on a UI extension's compressed script. The files it writes are git-ignored.
 */
const ROOT = path.join(__dirname, '../..');
const LIMIT = 64 * 1024;

describe('the extensions built by the Shopify CLI', () => {
  beforeAll(async () => {
    const cli = path.join(ROOT, 'node_modules', '.bin', 'shopify');
    await promisify(execFile)(
      cli,
      ['app', 'build', '--path', ROOT, '--skip-dependencies-installation'],
      {
        cwd: ROOT,
        env: {...process.env, CI: '1', SHOPIFY_CLI_NO_ANALYTICS: '1', NO_COLOR: '1'},
        timeout: 240_000,
        maxBuffer: 10 * 1024 * 1024,
      },
    );
  }, 300_000);

  it.each(readExtensions(ROOT).map((e) => [e.handle, e] as const))(
    'when %s is built by the CLI, then its one target is in the manifest and its bundle is under 64 KB compressed',
    (_handle, ext) => {
      const manifest = JSON.parse(readFileSync(path.join(ext.dir, 'manifest.json'), 'utf8'));
      expect(Object.keys(manifest)).toEqual(ext.targets.map((t) => t.target));
      expect(Object.keys(manifest)).toHaveLength(1);
      const bundle = path.join(ext.dir, 'dist', `${ext.handle}.js`);
      expect(existsSync(bundle)).toBe(true);
      const bytes = readFileSync(bundle);
      const compressed = gzipSync(bytes, {level: 9}).length;
      expect(compressed).toBeLessThan(LIMIT);
      expect(bytes.length).toBeGreaterThan(1000); // a real bundle, with Preact and our code in it
      expect(bytes.toString('utf8')).toMatch(/s-admin-(block|action|print-action)/);
    },
  );

  it('when git looks at the tree, then the files the CLI writes are ignored', () => {
    const ignore = readFileSync(path.join(ROOT, '.gitignore'), 'utf8');
    expect(ignore).toMatch(/^extensions\/\*\/dist\/$/m);
    expect(ignore).toMatch(/^extensions\/\*\/manifest\.json$/m);
  });
});
