import type {IntrospectionQuery} from 'graphql';
import {loadAdminIntrospection} from './schema';

/**
 * What one schema element needs: every group must be met, a group by any one of its scopes.
 * `text` is Shopify's own wording, as it appears in ACCESS_DENIED errors (`requiredAccess`).
 */
export interface Requirement {
  text: string;
  groups: string[][];
}

/** Schema coordinate (`Type`, `Type.field`, `Type.field(arg)`, `InputType.field`) → its requirement. */
export type AccessTable = Map<string, Requirement>;

const SCOPE = /^(unauthenticated_)?(read|write)_[a-z_]+$/;

/** The scopes named in one clause: backticked names, but not user permissions (`… permission`). */
function scopesIn(part: string): string[] {
  const found: string[] = [];
  for (const m of part.matchAll(/`([a-z_]+)`(?!\s+(?:user\s+)?permissions?\b)/g)) {
    const name = m[1]!;
    if (SCOPE.test(name)) found.push(name);
    // "Any of `orders` or `shipping` access scopes": a resource, read access is the least of it.
    else if (/access scopes/.test(part)) found.push(`read_${name}`);
  }
  return [...new Set(found)];
}

/**
 * Reads Shopify's `requiredAccess` sentence ("`read_orders` access scope or `read_marketplace_orders`
 * access scope.", "`write_products` access scope as well as any of …", "… Also: Requires
 * `write_customer_payment_methods` scope.") into groups of scopes. What it says about staff
 * permissions, plans or programs is not modelled: the stand-in checks access scopes only.
 */
export function parseRequiredAccess(text: string): Requirement {
  const [main = '', ...also] = text.split(/\bAlso:/);
  const groups = main
    .split(/\s+(?:and|as well as)\s+(?=\(|`|any of)/i)
    .map(scopesIn)
    .filter((g) => g.length > 0);
  for (const m of also
    .join(' ')
    .matchAll(/`?((?:unauthenticated_)?(?:read|write)_[a-z_]+)`?\s+(?:access\s+)?scope/g))
    groups.push([m[1]!]);
  return {text, groups};
}

/** Input fields say it in their description: "Requires `write_customers` access_scope." */
const INPUT_FIELD_ACCESS = /Requires `([a-z_]+)` access[ _]scope/;

/** Every access requirement the Admin schema of `version` documents, keyed by schema coordinate. */
export function buildAccessTable(introspection: IntrospectionQuery): AccessTable {
  const table: AccessTable = new Map();
  const add = (key: string, text: unknown) => {
    if (typeof text !== 'string' || !text.trim()) return;
    const requirement = parseRequiredAccess(text.trim());
    if (requirement.groups.length) table.set(key, requirement);
  };
  type Meta = {requiredAccess?: string | null; description?: string | null};
  for (const type of introspection.__schema.types) {
    add(type.name, (type as Meta).requiredAccess);
    if ('fields' in type)
      for (const field of type.fields ?? []) {
        add(`${type.name}.${field.name}`, (field as Meta).requiredAccess);
        for (const arg of field.args ?? [])
          add(`${type.name}.${field.name}(${arg.name})`, (arg as Meta).requiredAccess);
      }
    if ('inputFields' in type)
      for (const field of type.inputFields ?? []) {
        const m = INPUT_FIELD_ACCESS.exec(field.description ?? '');
        if (m) add(`${type.name}.${field.name}`, `\`${m[1]}\` access scope.`);
      }
  }
  return table;
}

const tables = new Map<string, AccessTable>();

/** The access table of the bundled Admin schema for `version` (cached). */
export function loadAccessTable(version: string): AccessTable {
  let table = tables.get(version);
  if (!table) tables.set(version, (table = buildAccessTable(loadAdminIntrospection(version))));
  return table;
}

/** The scopes an installation holds: what was granted, and the read scope each write scope implies. */
export function grantedScopes(scopes: string): Set<string> {
  const granted = new Set<string>();
  for (const scope of scopes.split(',').map((s) => s.trim())) {
    if (!scope) continue;
    granted.add(scope);
    const m = /^(unauthenticated_)?write_(.+)$/.exec(scope);
    if (m) granted.add(`${m[1] ?? ''}read_${m[2]}`);
  }
  return granted;
}

/** True when `granted` meets every group of the requirement. */
export const satisfies = (granted: Set<string>, requirement: Requirement) =>
  requirement.groups.every((group) => group.some((scope) => granted.has(scope)));
