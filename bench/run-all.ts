/** `npm run bench [-- name]`: runs every benchmark (or the named one) and prints their figures. */
import {spawnSync} from 'node:child_process';
import path from 'node:path';

const all = ['intake', 'queue', 'stickers'];
const chosen = process.argv.slice(2).filter((a) => all.includes(a));
for (const name of chosen.length ? chosen : all) {
  const res = spawnSync('tsx', [path.join(__dirname, `${name}.ts`)], {stdio: 'inherit'});
  if (res.status !== 0) process.exit(res.status ?? 1);
}
