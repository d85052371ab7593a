import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLSchema,
  type DocumentNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  Kind,
} from 'graphql';

/**
 * An estimate of Shopify's requested query cost: 1 per object, interface or union field,
 * connections multiplied by `first`/`last` (default 1), scalars free; mutations cost 10.
 * https://shopify.dev/docs/api/usage/rate-limits#graphql-admin-api-rate-limits
 */
export function requestedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number {
  const typeInfo = new TypeInfo(schema);
  const multipliers: number[] = [1];
  let cost = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter: (node) => {
          if (node.operation === 'mutation') cost += 10;
        },
      },
      Field: {
        enter(node) {
          const type = typeInfo.getType();
          const named = type && getNamedType(type);
          const composite =
            named && (isObjectType(named) || isInterfaceType(named) || isUnionType(named));
          const size = node.arguments?.find(
            (a) => a.name.value === 'first' || a.name.value === 'last',
          );
          const n =
            size?.value.kind === Kind.INT
              ? Number(size.value.value)
              : size?.value.kind === Kind.VARIABLE
                ? Number(variables[size.value.name.value] ?? 1) || 1
                : 1;
          if (composite) cost += multipliers[multipliers.length - 1]!;
          multipliers.push(
            multipliers[multipliers.length - 1]! *
              (named && /Connection$/.test(named.name) ? n : 1),
          );
        },
        leave() {
          multipliers.pop();
        },
      },
    }),
  );
  return Math.max(1, cost);
}

/** Shopify's leaky bucket: `maximumAvailable` points, refilled at `restoreRate` per second. */
export function createBucket(maximumAvailable = 2000, restoreRate = 100) {
  let available = maximumAvailable;
  let at = Date.now();
  const refill = () => {
    const now = Date.now();
    available = Math.min(maximumAvailable, available + ((now - at) / 1000) * restoreRate);
    at = now;
  };
  return {
    /** Takes `cost` points, or returns false when there aren't enough (THROTTLED). */
    take(cost: number): boolean {
      refill();
      if (available < cost) return false;
      available -= cost;
      return true;
    },
    status: () => (
      refill(),
      {maximumAvailable, currentlyAvailable: Math.floor(available), restoreRate}
    ),
  };
}

export type Bucket = ReturnType<typeof createBucket>;
