/**
 * Every error code the API answers with, its HTTP status and what it means. Errors are JSON
 * `{ "error": { "code", "message", "fields"? } }`; the panel and the extensions switch on `code`.
 */
export const ERROR_CODES = {
  bad_request: {status: 400, meaning: 'The request is malformed (body, query or path).'},
  validation_failed: {
    status: 400,
    meaning: 'Some fields are invalid; `fields` says which and why.',
  },
  unauthorized: {status: 401, meaning: 'No valid session token (or signed link).'},
  forbidden: {
    status: 403,
    meaning: 'The signed link is expired, tampered with or for another shop.',
  },
  missing_scope: {
    status: 403,
    meaning: 'The shop has not granted the access scope this needs; `message` names it.',
  },
  not_found: {status: 404, meaning: 'No such thing in this shop (or no such route).'},
  conflict: {status: 409, meaning: 'Valid, but the thing is in a state where it cannot be done.'},
  not_installed: {status: 409, meaning: 'The shop has no offline session yet: open the app first.'},
  already_printed: {status: 409, meaning: 'Printed before; send `reprint: true` to print again.'},
  gift_card_exists: {status: 409, meaning: 'A gift card was already issued for this touch.'},
  gift_card_pending: {status: 409, meaning: 'The gift card is being issued right now.'},
  email_exists: {status: 409, meaning: 'The email for this touch is already queued or sent.'},
  redacted: {status: 410, meaning: 'The customer was erased since; nothing is held any more.'},
  payload_too_large: {status: 413, meaning: 'The request body is over the limit.'},
  unsupported_media_type: {status: 415, meaning: 'The upload is not an accepted image type.'},
  not_printable: {status: 422, meaning: 'A touch cannot be laid out on this label stock.'},
  nothing_to_print: {status: 422, meaning: 'None of these orders has a touch for the box.'},
  gift_budget_exceeded: {status: 422, meaning: "Over the shop's daily gift budget."},
  shopify_user_error: {status: 422, meaning: 'Shopify refused the mutation (userErrors).'},
  cannot_email: {status: 422, meaning: 'No email can be sent for this touch (consent, assignee…).'},
  needs_gift_card: {status: 422, meaning: 'The email includes a gift card not yet issued.'},
  not_human: {status: 422, meaning: 'The text reads as a copy of a prompt or an earlier note.'},
  internal_error: {status: 500, meaning: 'An unexpected failure (logged with its request).'},
  shopify_error: {status: 502, meaning: 'Shopify answered with errors after retries.'},
  shopify_unreachable: {status: 502, meaning: 'Shopify did not answer; pressing again is safe.'},
  unavailable: {status: 503, meaning: 'The database or a dependency is down; retry later.'},
  shopify_throttled: {status: 503, meaning: "Shopify's rate limit for this shop; retry shortly."},
  not_ready: {status: 503, meaning: 'Readiness probe: the database is unreachable.'},
} as const satisfies Record<string, {status: number; meaning: string}>;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);

/** Field-level problems, shown next to each field. */
export type FieldErrors = Record<string, string[]>;

/** The body of every refusal. */
export interface ErrorBody {
  error: {code: ErrorCode; message: string; fields?: FieldErrors; [detail: string]: unknown};
}

/** What a client records when no table code came back: no answer at all, or an unexpected body. */
export type ClientErrorCode = ErrorCode | 'network' | 'unknown';

export const toClientErrorCode = (code: unknown): ClientErrorCode =>
  typeof code === 'string' && isErrorCode(code) ? code : 'unknown';
