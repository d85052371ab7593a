import type {Request, Response} from 'express';
import {execute, getOperationAST, GraphQLError, parse, validate, type DocumentNode} from 'graphql';
import {loadAdminSchema} from './schema';
import {grantedScopes, loadAccessTable} from './access';
import {accessDeniedError, accessUses, deniedUses} from './operation-access';
import {strictResolver} from './strict-resolver';
import {createBucket, requestedCost, type Bucket} from './cost';
import {mutationRoot, queryRoot} from './resolvers';
import type {LocalState} from './state';
import type {Faults} from './faults';

export interface GraphqlOptions {
  state: LocalState;
  /** Per-shop bucket size; small values make throttling easy to provoke in tests. */
  bucketSize?: number;
  restoreRate?: number;
  /** Injected failures (tests of Shopify's bad days). */
  faults?: Faults;
}

/** Shopify refuses any single query above this cost, whatever the bucket holds. */
const MAX_SINGLE_QUERY_COST = 1000;

const errorBody = (errors: readonly GraphQLError[] | {message: string; extensions: object}[]) => ({
  errors: errors.map((e) => ('toJSON' in e ? e.toJSON() : e)),
});

/** POST /store/:shop/admin/api/:version/graphql.json — validated against the real Admin schema. */
export function graphqlRoute({
  state,
  bucketSize = 2000,
  restoreRate = 100,
  faults,
}: GraphqlOptions) {
  const buckets = new Map<string, Bucket>();
  const stats = {requests: 0, throttled: 0, accessDenied: 0};
  const route = async (req: Request, res: Response) => {
    stats.requests++;
    const shop = state.shops.get(String(req.params.shop));
    const token = req.get('x-shopify-access-token') ?? '';
    if (!shop || !state.tokenValid(shop, token)) {
      res.status(401).json({
        errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
      });
      return;
    }
    let schema;
    try {
      schema = loadAdminSchema(String(req.params.version));
    } catch {
      res.status(404).json({errors: `API version ${req.params.version} is not available`});
      return;
    }
    const {query, variables} = (req.body ?? {}) as {
      query?: unknown;
      variables?: Record<string, unknown>;
    };
    if (typeof query !== 'string') {
      res.status(400).json({errors: {query: 'Required parameter missing or invalid'}});
      return;
    }
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      res.json(errorBody([error as GraphQLError]));
      return;
    }
    const invalid = validate(schema, document);
    if (invalid.length) {
      res.json(
        errorBody(
          invalid.map(
            (e) =>
              new GraphQLError(e.message, {
                nodes: e.nodes,
                extensions: {code: 'GRAPHQL_VALIDATION_FAILED'},
              }),
          ),
        ),
      );
      return;
    }
    const bucket = buckets.get(shop.domain) ?? createBucket(bucketSize, restoreRate);
    buckets.set(shop.domain, bucket);
    const cost = requestedCost(schema, document, variables ?? {});
    // Access scopes, as Shopify checks them: every field, returned type, argument and input field
    // the operation uses needs what the schema's `requiredAccess` says; nothing runs otherwise.
    const denied = deniedUses(
      accessUses(schema, loadAccessTable(String(req.params.version)), document, variables ?? {}),
      grantedScopes(shop.scopes),
    );
    if (denied.length) {
      stats.accessDenied++;
      res.json({
        errors: denied.map(accessDeniedError),
        data: null,
        extensions: {
          cost: {requestedQueryCost: cost, actualQueryCost: 0, throttleStatus: bucket.status()},
        },
      });
      return;
    }
    if (cost > MAX_SINGLE_QUERY_COST) {
      res.json({
        errors: [
          {
            message: `Query cost is ${cost}, which exceeds the single query max cost limit (${MAX_SINGLE_QUERY_COST}).`,
            extensions: {code: 'MAX_COST_EXCEEDED', cost, maxCost: MAX_SINGLE_QUERY_COST},
          },
        ],
        extensions: {
          cost: {requestedQueryCost: cost, actualQueryCost: null, throttleStatus: bucket.status()},
        },
      });
      return;
    }
    if (!bucket.take(cost)) {
      stats.throttled++;
      res.json({
        errors: [
          {
            message: 'Throttled',
            extensions: {
              code: 'THROTTLED',
              documentation: 'https://shopify.dev/api/usage/rate-limits',
            },
          },
        ],
        extensions: {
          cost: {requestedQueryCost: cost, actualQueryCost: null, throttleStatus: bucket.status()},
        },
      });
      return;
    }
    const operation = getOperationAST(
      document,
      (req.body as {operationName?: string}).operationName ?? undefined,
    );
    const met = faults?.take(operation?.name?.value) ?? null;
    if (met?.delayMs) await new Promise((r) => setTimeout(r, met.delayMs));
    const fault = met && (met.throttled || met.status !== undefined) ? met : null;
    if (fault?.throttled) {
      stats.throttled++;
      res.json({
        errors: [
          {
            message: 'Throttled',
            extensions: {
              code: 'THROTTLED',
              documentation: 'https://shopify.dev/api/usage/rate-limits',
            },
          },
        ],
        extensions: {
          cost: {
            requestedQueryCost: cost,
            actualQueryCost: null,
            throttleStatus: {...bucket.status(), currentlyAvailable: 0},
          },
        },
      });
      return;
    }
    if (fault && !fault.afterExecute) {
      res
        .status(fault.status!)
        .json({errors: 'Internal error (injected by the local Shopify stand-in)'});
      return;
    }
    const rootValue = operation?.operation === 'mutation' ? mutationRoot(shop) : queryRoot(shop);
    const result = await execute({
      schema,
      document,
      rootValue,
      variableValues: variables,
      fieldResolver: strictResolver,
    });
    if (fault) {
      res.status(fault.status!).json({
        errors: 'Internal error after the operation ran (injected by the local Shopify stand-in)',
      });
      return;
    }
    res.json({
      ...result,
      extensions: {
        cost: {requestedQueryCost: cost, actualQueryCost: cost, throttleStatus: bucket.status()},
      },
    });
  };
  return Object.assign(route, {stats});
}
