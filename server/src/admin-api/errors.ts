import { AppError } from '../errors';

/** The shop has no offline session: it must open the app (token exchange) first. */
export class NotInstalledError extends AppError {
  constructor(readonly shop: string) {
    super(409, 'not_installed', `${shop} has no offline session; open the app in Shopify admin first`);
  }
}

/** Shopify answered, but not with data: GraphQL errors or an HTTP failure after retries. */
export class AdminApiError extends AppError {
  constructor(message: string, readonly graphQLErrors: unknown[] = [], readonly httpStatus?: number, readonly throttled = false) {
    super(502, 'shopify_error', message);
  }

  /** Shopify refused before running anything (THROTTLED, a 4xx, GraphQL errors): nothing happened. */
  get certainlyNotDone(): boolean {
    return this.throttled || this.graphQLErrors.length > 0 || (this.httpStatus !== undefined && this.httpStatus < 500);
  }
}
