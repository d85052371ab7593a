import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {buildClientSchema, type GraphQLSchema, type IntrospectionQuery} from 'graphql';

const cache = new Map<string, GraphQLSchema>();
const introspections = new Map<string, IntrospectionQuery>();

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
  const schema = buildClientSchema(loadAdminIntrospection(version));
  cache.set(version, schema);
  return schema;
}

/**
 * The raw introspection result for `version`. Beside the standard fields it carries Shopify's own
 * metadata (`requiredAccess`, `isProtected`, `protectedContent`), which `buildClientSchema` drops.
 */
export function loadAdminIntrospection(version: string): IntrospectionQuery {
  const hit = introspections.get(version);
  if (hit) return hit;
  const file = path.join(devMcpDataDir(), `admin_${version}.json.gz`);
  const json = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    data: IntrospectionQuery;
  };
  introspections.set(version, json.data);
  return json.data;
}
