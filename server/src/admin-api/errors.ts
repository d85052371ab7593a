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
  ) {
    super(502, 'shopify_error', message);
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
