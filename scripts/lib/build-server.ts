import path from 'node:path';
import {build, type Metafile, type Plugin} from 'esbuild';

/**
 * The production server: `server/src/main.ts` and what it imports from `server/src` and the
 * shared contract, bundled into one file. npm packages stay external (installed beside it), so
 * nothing from tests, benchmarks, the local Shopify stand-in or the panel's sources can get in
 * unless server code imports it, and `allowedInput` refuses the build if it does.
 */
export async function buildServer(root: string, outdir = path.join(root, 'server', 'dist')) {
  const result = await build({
    entryPoints: [path.join(root, 'server', 'src', 'main.ts')],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [externalPackages],
    // Inputs are then named from the repository root, whatever the caller's working directory.
    absWorkingDir: root,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const refused = inputs.filter((input) => !allowedInput(input));
  if (refused.length)
    throw new Error(
      `the server build may hold server/src and the contract only: ${refused.join(', ')}`,
    );
  return {outdir, inputs, outputs: Object.keys(result.metafile.outputs), metafile: result.metafile};
}

/** Sources the production server is made of (paths relative to the repository, as esbuild names them). */
export function allowedInput(input: string): boolean {
  if (/(^|\/)(__tests__|test|tests|bench|local-shopify)\//.test(input)) return false;
  if (/\.(test|spec|bench)\.ts$/.test(input)) return false;
  return input.startsWith('server/src/') || input.startsWith('packages/contract/src/');
}

/** Bare imports stay `require`s of installed packages, except our own workspace contract. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({filter: /^[^./]/}, (args) =>
      args.path.startsWith('@human-touch/contract') ? undefined : {path: args.path, external: true},
    );
  },
};

export type {Metafile};
