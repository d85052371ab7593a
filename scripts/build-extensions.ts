import path from 'node:path';
import {buildExtensions} from './lib/build-extensions';

/** `npm run typecheck` (and `npm run build -w extensions`): bundles every admin extension. */
const root = path.resolve(__dirname, '..');
buildExtensions(root).then(
  (out) => {
    for (const o of out)
      process.stdout.write(
        `${o.target.target.padEnd(52)} ${path.relative(root, o.outfile)} ${(o.bytes / 1024).toFixed(1)} KB\n`,
      );
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
