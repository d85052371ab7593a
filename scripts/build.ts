import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import path from 'node:path';
import {buildServer} from './lib/build-server';

/**
 * `npm run build`: the production app alone. The server bundled into `server/dist` (server/src and
 * the contract only; tests, benches and the stand-in refused), then the panel into `web/dist`.
 * `npm run build -- server` builds the server only.
 */
const root = path.resolve(__dirname, '..');

async function main() {
  const outdir = path.join(root, 'server', 'dist');
  rmSync(outdir, {recursive: true, force: true});
  const server = await buildServer(root, outdir);
  process.stdout.write(
    `server: ${server.inputs.length} sources → ${server.outputs.map((o) => path.relative(root, path.resolve(root, o))).join(', ')}\n`,
  );
  if (process.argv.includes('server')) return;
  execFileSync('npm', ['run', 'build', '-w', 'web'], {cwd: root, stdio: 'inherit'});
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
