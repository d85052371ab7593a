/**
 * `npm run codegen`: types for every Admin GraphQL operation, generated against Shopify's
 * published schema for the pinned version (the introspection shipped in @shopify/dev-mcp).
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';

const root = path.resolve(__dirname, '..');
const version = '2026-10';
const outDir = path.join(root, 'server/src/admin-api/types');
const data = path.join(root, 'node_modules/@shopify/dev-mcp/dist/data', `admin_${version}.json.gz`);
mkdirSync(outDir, {recursive: true});
const introspection = JSON.parse(gunzipSync(readFileSync(data)).toString('utf8')) as {
  data: unknown;
};
writeFileSync(
  path.join(outDir, `admin-${version}.schema.json`),
  JSON.stringify(introspection.data),
);
const run = spawnSync('graphql-codegen', [], {cwd: path.join(root, 'server'), stdio: 'inherit'});
process.exit(run.status ?? 1);
