import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {buildClientSchema, type GraphQLSchema, type IntrospectionQuery} from 'graphql';

const cache = new Map<string, GraphQLSchema>();

/** dist/data of the installed @shopify/dev-mcp (its `exports` hide package.json, so look for it). */
function devMcpDataDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '@shopify', 'dev-mcp', 'dist', 'data');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir)
      throw new Error('@shopify/dev-mcp is not installed (it is a devDependency of local-shopify)');
  }
}

/**
 * Shopify's published Admin API schema for `version`, from the introspection files shipped in
 * the @shopify/dev-mcp npm package (dist/data/admin_<version>.json.gz).
 */
export function loadAdminSchema(version: string): GraphQLSchema {
  const hit = cache.get(version);
  if (hit) return hit;
  const file = path.join(devMcpDataDir(), `admin_${version}.json.gz`);
  const json = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    data: IntrospectionQuery;
  };
  const schema = buildClientSchema(json.data);
  cache.set(version, schema);
  return schema;
}
