import {spawn, type ChildProcess} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {freePort} from '../../bench/lib';
import {allowedInput, buildServer} from '../../scripts/lib/build-server';
import {testDbUri} from './support/test-app';

const ROOT = path.resolve(__dirname, '../..');
let outdir: string;
let built: Awaited<ReturnType<typeof buildServer>>;
let child: ChildProcess | undefined;

beforeAll(async () => {
  // Inside the repository (server/dist is git-ignored), so the bundle's packages resolve from
  // node_modules as they do in the real layout.
  mkdirSync(path.join(ROOT, 'server', 'dist'), {recursive: true});
  outdir = mkdtempSync(path.join(ROOT, 'server', 'dist', 'test-'));
  built = await buildServer(ROOT, outdir);
}, 60_000);
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(outdir, {recursive: true, force: true});
});

describe('the production build', () => {
  it('when the server is built, then it is one bundle made of server/src and the contract only', () => {
    expect(readdirSync(outdir).sort()).toEqual(['main.js', 'main.js.map']);
    expect(built.inputs).toContain('server/src/main.ts');
    expect(built.inputs.some((i) => i.startsWith('packages/contract/src/'))).toBe(true);
    const foreign = built.inputs.filter(
      (i) =>
        !(i.startsWith('server/src/') || i.startsWith('packages/contract/src/')) ||
        /__tests__|\/test\/|bench|local-shopify|web\/src/.test(i),
    );
    expect(foreign).toEqual([]);
  });

  it('when a source from tests, benches, the stand-in or the panel would get in, then the build refuses it', () => {
    for (const input of [
      'server/test/support/sign.ts',
      'server/src/touches/__tests__/list.test.ts',
      'bench/intake.ts',
      'local-shopify/src/index.ts',
      'web/src/api/client.ts',
      'scripts/lib/ferretdb.ts',
    ])
      expect(allowedInput(input)).toBe(false);
    expect(allowedInput('server/src/app.ts')).toBe(true);
    expect(allowedInput('packages/contract/src/kinds.ts')).toBe(true);
  });

  it('when the bundle is started with node alone, then it serves /healthz and /readyz', async () => {
    const port = await freePort();
    const uri = new URL(testDbUri());
    uri.pathname = `/t_build_${process.pid}`;
    child = spawn(process.execPath, [path.join(outdir, 'main.js')], {
      cwd: outdir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        MONGODB_URI: uri.toString(),
        PORT: String(port),
        RUN_WORKER: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let health = 0;
    let ready = 0;
    for (let i = 0; i < 150 && child.exitCode === null && ready !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      health = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (health === 200) ready = (await fetch(`http://127.0.0.1:${port}/readyz`)).status;
    }
    expect({health, ready, exit: child.exitCode}).toEqual({health: 200, ready: 200, exit: null});
  }, 30_000);
});
