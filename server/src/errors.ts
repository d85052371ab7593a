import type {ErrorCode, FieldErrors} from '@human-touch/contract';

export type {ErrorCode, FieldErrors} from '@human-touch/contract';

/**
 * The one error family: each carries its HTTP status and a code from the shared table
 * (ERROR_CODES in @human-touch/contract), so the panel's switches on `code` are exhaustive.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: {fields?: FieldErrors; [key: string]: unknown},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: AppError['details']) {
    super(400, 'bad_request', message, details);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields: FieldErrors) {
    super(400, 'validation_failed', message, {fields});
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'A valid session token is required') {
    super(401, 'unauthorized', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found') {
    super(404, 'not_found', message);
  }
}

/** The request is valid but the thing is in a state where it cannot be done. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, 'conflict', message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', `Request body exceeds ${limitBytes} bytes`);
  }
}

/** The database or another dependency is down: 503 so that Shopify retries the delivery. */
export class UnavailableError extends AppError {
  constructor(message = 'Temporarily unavailable, retry later') {
    super(503, 'unavailable', message);
  }
}
