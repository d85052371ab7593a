import type {ErrorCode} from '@human-touch/contract';
import {AppError} from '../errors';

/** The shop has no offline session: it must open the app (token exchange) first. */
export class NotInstalledError extends AppError {
  constructor(readonly shop: string) {
    super(
      409,
      'not_installed',
      `${shop} has no offline session; open the app in Shopify admin first`,
    );
  }
}

/** Shopify answered, but not with data: GraphQL errors or an HTTP failure after retries. */
export class AdminApiError extends AppError {
  constructor(
    message: string,
    readonly graphQLErrors: unknown[] = [],
    readonly httpStatus?: number,
    readonly throttled = false,
    /** An earlier attempt of the same request got a 5xx or no answer: it may have run. */
    readonly earlierAttemptMayHaveRun = false,
    status = 502,
    code: ErrorCode = 'shopify_error',
    details?: AppError['details'],
  ) {
    super(status, code, message, details);
  }

  /**
   * Nothing happened: this answer refused before running anything (THROTTLED, a 4xx, GraphQL
   * errors) and no earlier attempt of the request is in doubt. A THROTTLED retry after a lost
   * 5xx says nothing about the first attempt, which may have issued the card.
   */
  get certainlyNotDone(): boolean {
    if (this.earlierAttemptMayHaveRun) return false;
    return (
      this.throttled ||
      this.graphQLErrors.length > 0 ||
      (this.httpStatus !== undefined && this.httpStatus < 500)
    );
  }
}

/** One field Shopify refused for want of access scopes (GraphQL `ACCESS_DENIED`). */
export interface DeniedAccess {
  field: string;
  /** Shopify's wording, e.g. "`write_gift_cards` access scope." */
  requiredAccess: string;
  /** The scopes it names: any one of them would do. */
  scopes: string[];
}

/**
 * The shop's installation lacks an access scope the operation needs: nothing ran. Retrying cannot
 * help; the merchant has to approve the scope (the app's updated access, or a reinstall).
 * https://shopify.dev/docs/api/usage/access-scopes
 */
export class MissingScopeError extends AdminApiError {
  constructor(
    readonly operation: string,
    readonly denied: DeniedAccess[],
    graphQLErrors: unknown[],
  ) {
    const needs = [...new Set(denied.map((d) => d.requiredAccess.replace(/\.$/, '')))].join('; ');
    super(
      `Shopify refused ${operation}: this shop has not granted the app the ${needs} it needs. ` +
        'Approve the app’s access scopes in Shopify admin (or reinstall the app), then try again; nothing was done.',
      graphQLErrors,
      undefined,
      false,
      false,
      403,
      'missing_scope',
      {missingScopes: [...new Set(denied.flatMap((d) => d.scopes))]},
    );
  }
}

/** The ACCESS_DENIED errors of a GraphQL answer, read into what they ask for. */
export function deniedAccess(graphQLErrors: unknown[]): DeniedAccess[] {
  return graphQLErrors.flatMap((e) => {
    const err = e as {message?: string; path?: unknown[]; extensions?: Record<string, unknown>};
    if (err.extensions?.code !== 'ACCESS_DENIED') return [];
    const requiredAccess =
      typeof err.extensions.requiredAccess === 'string'
        ? err.extensions.requiredAccess
        : (/Required access: (.*)$/.exec(err.message ?? '')?.[1] ?? 'access scope');
    const field =
      /Access denied for (\w+)/.exec(err.message ?? '')?.[1] ?? String(err.path?.at(-1));
    const scopes = [
      ...requiredAccess.matchAll(/`((?:unauthenticated_)?(?:read|write)_[a-z_]+)`/g),
    ].map((m) => m[1]!);
    return [{field, requiredAccess, scopes}];
  });
}
