import {GraphqlQueryError, HttpResponseError, HttpRequestError} from '@shopify/shopify-api';
import type {Logger} from '../logger';
import type {Shopify} from '../shopify';
import {AdminApiError, deniedAccess, MissingScopeError, NotInstalledError} from './errors';
import type {Session} from '@shopify/shopify-api';
import type {AdminMutations, AdminQueries} from '@shopify/admin-api-client';

/** Every generated operation: its text → { return, variables } (types/admin.generated.d.ts). */
type Operations = AdminQueries & AdminMutations;

type Deps = {
  shopify: Shopify;
  logger: Logger;
  /** The shop's offline session, refreshed when it expires. */
  sessions: {offlineSession: (shop: string) => Promise<Session>};
  /** Shopify refused the shop's token (401): revoked or unknown. The session is dropped here. */
  onTokenRejected?: (shop: string) => Promise<void>;
  /** Attempts per request after 429, 5xx or network failures. */
  maxAttempts?: number;
  /** THROTTLED is not a failure, only "not yet": it may be waited out more often. */
  maxThrottledWaits?: number;
  sleep?: (ms: number) => Promise<void>;
};

interface ThrottleStatus {
  currentlyAvailable: number;
  restoreRate: number;
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const jitter = (ms: number) => Math.round(ms / 2 + (Math.random() * ms) / 2);

/** How long until the bucket holds `cost` points again (Shopify's leaky bucket). */
export function throttleWaitMs(requested: number, status: ThrottleStatus): number {
  const missing = Math.max(0, requested - status.currentlyAvailable);
  return Math.ceil((missing / Math.max(1, status.restoreRate)) * 1000) + 50;
}

/**
 * Admin GraphQL for the app's services: the shop's offline session, the library's client
 * (so local mode reaches the stand-in through the same fetch hook), and the waiting Shopify
 * asks for: THROTTLED waits for the bucket to refill, 429 honours Retry-After, 5xx and network
 * failures back off with jitter. https://shopify.dev/docs/api/usage/rate-limits
 */
export function createAdminApi({
  shopify,
  logger,
  sessions,
  onTokenRejected,
  maxAttempts = 6,
  maxThrottledWaits = 30,
  sleep = sleepMs,
}: Deps) {
  async function clientFor(shop: string) {
    return new shopify.api.clients.Graphql({session: await sessions.offlineSession(shop)});
  }

  /** How long to wait before retrying (and whether it was THROTTLED), or null when the failure is final. */
  function retryDelay(error: unknown, attempt: number): {ms: number; throttled: boolean} | null {
    const ms = failureDelay(error, attempt);
    if (ms !== null) return {ms, throttled: false};
    const wait = throttledDelay(error);
    // Jitter: callers throttled together must not all come back at the same instant.
    return wait === null ? null : {ms: wait + Math.round(Math.random() * wait), throttled: true};
  }

  function throttledDelay(error: unknown): number | null {
    if (error instanceof GraphqlQueryError) {
      const body = error.body as {
        errors?: {graphQLErrors?: {extensions?: {code?: string}}[]};
        extensions?: {cost?: {requestedQueryCost: number; throttleStatus: ThrottleStatus}};
      };
      const throttled = body.errors?.graphQLErrors?.some((e) => e.extensions?.code === 'THROTTLED');
      const cost = body.extensions?.cost;
      if (throttled)
        return cost ? throttleWaitMs(cost.requestedQueryCost, cost.throttleStatus) : 1000;
    }
    return null;
  }

  function failureDelay(error: unknown, attempt: number): number | null {
    if (error instanceof HttpResponseError) {
      const retryAfter = (error as HttpResponseError & {retryAfter?: number}).retryAfter;
      if (error.response.code === 429)
        return retryAfter ? retryAfter * 1000 : jitter(1000 * 2 ** attempt);
      return error.response.code >= 500 ? jitter(500 * 2 ** attempt) : null;
    }
    if (error instanceof HttpRequestError) return jitter(500 * 2 ** attempt);
    return null;
  }

  async function request<Op extends keyof Operations & string>(
    shop: string,
    operation: Op,
    variables?: Operations[Op]['variables'],
    /** A person waiting on the answer: give up on THROTTLED sooner than a background job would. */
    options: {maxThrottledWaits?: number} = {},
  ): Promise<Operations[Op]['return']> {
    const client = await clientFor(shop);
    const throttledWaits = options.maxThrottledWaits ?? maxThrottledWaits;
    let failures = 0;
    let throttles = 0;
    // Once an attempt got a 5xx or no answer, the request may have run, whatever later attempts say.
    let inDoubt = false;
    for (;;) {
      try {
        const res = await client.request(operation, {
          variables: variables as Record<string, unknown>,
        });
        return res.data as Operations[Op]['return'];
      } catch (error) {
        if (error instanceof HttpResponseError && error.response.code === 401) {
          // Retrying can't help: the next visit to the panel exchanges a fresh token.
          logger.warn(
            {shop},
            'Shopify refused the offline token; dropping it until the next token exchange',
          );
          await onTokenRejected?.(shop);
          throw new NotInstalledError(shop);
        }
        const wait = retryDelay(error, failures + 1);
        if (wait === null) throw translate(error, inDoubt, operationName(operation));
        if (wait.throttled ? ++throttles >= throttledWaits : ++failures >= maxAttempts)
          throw translate(error, inDoubt, operationName(operation));
        if (mayHaveRun(error)) inDoubt = true;
        logger.debug({shop, failures, throttles, waitMs: wait.ms}, 'Admin API retry');
        await sleep(wait.ms);
      }
    }
  }

  return {request};
}

/** A 5xx or no answer at all: the request may or may not have been carried out. */
const mayHaveRun = (error: unknown) =>
  error instanceof HttpResponseError
    ? error.response.code >= 500
    : !(error instanceof GraphqlQueryError);

/** `GiftCardCreate` of `mutation GiftCardCreate(…)`: what errors and logs call the operation. */
const operationName = (text: string) =>
  /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? 'an Admin API operation';

/** Library errors become AdminApiError, carrying what Shopify said (never tokens). */
function translate(
  error: unknown,
  earlierAttemptMayHaveRun: boolean,
  operation = 'an Admin API operation',
): AdminApiError {
  if (error instanceof GraphqlQueryError) {
    const body = error.body as {errors?: {graphQLErrors?: unknown[]}};
    const graphQLErrors = body.errors?.graphQLErrors ?? [];
    const denied = deniedAccess(graphQLErrors);
    // Never a silent success: a missing scope is named, so the merchant knows what to approve.
    if (denied.length) return new MissingScopeError(operation, denied, graphQLErrors);
    const throttled = graphQLErrors.some(
      (e) => (e as {extensions?: {code?: string}}).extensions?.code === 'THROTTLED',
    );
    return new AdminApiError(
      error.message,
      graphQLErrors,
      undefined,
      throttled,
      earlierAttemptMayHaveRun,
    );
  }
  if (error instanceof HttpResponseError)
    return new AdminApiError(
      `Shopify answered HTTP ${error.response.code}`,
      [],
      error.response.code,
      false,
      earlierAttemptMayHaveRun,
    );
  // No answer at all (network): like a 5xx, the request may or may not have been carried out.
  return new AdminApiError(
    `Could not reach Shopify: ${(error as Error).message}`,
    [],
    undefined,
    false,
    earlierAttemptMayHaveRun,
  );
}

export type AdminApi = ReturnType<typeof createAdminApi>;
