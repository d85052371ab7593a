import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import {satisfies, type AccessTable, type Requirement} from './access';

/** One use of a schema element that needs access scopes. */
export interface AccessUse {
  /** The schema coordinate whose requirement applies (`Mutation.giftCardCreate`, `Customer`). */
  coordinate: string;
  /** The field or input field name, as Shopify's message names it. */
  name: string;
  /** The response path of the field (input fields: the field that took them). */
  path: string[];
  node: ASTNode;
  requirement: Requirement;
}

/**
 * Every requirement an operation meets on its way: each selected field's own, the type it returns,
 * its arguments, and each input field given (in the document or in `variables`).
 */
export function accessUses(
  schema: GraphQLSchema,
  table: AccessTable,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): AccessUse[] {
  const uses: AccessUse[] = [];
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  const use = (coordinate: string, name: string, node: ASTNode) => {
    const requirement = table.get(coordinate);
    if (requirement) uses.push({coordinate, name, path: [...path], node, requirement});
  };

  /** Input fields present in a value, walked by their declared type. */
  function walkValue(type: GraphQLInputType, value: unknown, node: ASTNode) {
    const t = getNullableType(type);
    if (value === null || value === undefined) return;
    if (isListType(t)) {
      for (const item of Array.isArray(value) ? value : [value])
        walkValue(t.ofType as GraphQLInputType, item, node);
      return;
    }
    if (!isInputObjectType(t) || typeof value !== 'object') return;
    const fields = t.getFields();
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (!field || inner === undefined) continue;
      use(`${t.name}.${key}`, key, node);
      walkValue(field.type, inner, node);
    }
  }

  /** A literal argument as plain data (variables inside it replaced by their values). */
  function literal(node: ValueNode): unknown {
    switch (node.kind) {
      case Kind.VARIABLE:
        return variables[node.name.value];
      case Kind.OBJECT:
        return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
      case Kind.LIST:
        return node.values.map(literal);
      case Kind.NULL:
        return null;
      default:
        return true; // a scalar or enum: present
    }
  }

  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          const def = typeInfo.getFieldDef();
          path.push(node.alias?.value ?? node.name.value);
          if (!parent || !def) return;
          const name = node.name.value;
          use(`${parent.name}.${name}`, name, node);
          use(getNamedType(def.type).name, name, node);
          for (const arg of node.arguments ?? []) {
            const argDef = def.args.find((a) => a.name === arg.name.value);
            if (!argDef) continue;
            use(`${parent.name}.${name}(${argDef.name})`, argDef.name, arg);
            walkValue(argDef.type, literal(arg.value), arg);
          }
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return uses;
}

/**
 * The uses `granted` does not cover, as Shopify reports them: a denied field is not resolved, so
 * nothing below it (or at it: its type, its input fields) is reported again.
 */
export function deniedUses(uses: AccessUse[], granted: Set<string>): AccessUse[] {
  const reported: AccessUse[] = [];
  const within = (inner: string[], outer: string[]) =>
    outer.length <= inner.length && outer.every((p, i) => inner[i] === p);
  for (const u of uses) {
    if (satisfies(granted, u.requirement)) continue;
    if (reported.some((r) => within(u.path, r.path))) continue;
    reported.push(u);
  }
  return reported;
}

/** Shopify's answer for a field the installation lacks the scopes for. */
export function accessDeniedError(u: AccessUse) {
  const loc = u.node.loc;
  return {
    message: `Access denied for ${u.name} field. Required access: ${u.requirement.text}`,
    ...(loc ? {locations: [{line: loc.startToken.line, column: loc.startToken.column}]} : {}),
    path: u.path,
    extensions: {
      code: 'ACCESS_DENIED',
      documentation: 'https://shopify.dev/api/usage/access-scopes',
      requiredAccess: u.requirement.text,
    },
  };
}
