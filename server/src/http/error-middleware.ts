import type {ErrorRequestHandler, RequestHandler} from 'express';
import {
  AppError,
  NotFoundError,
  PayloadTooLargeError,
  BadRequestError,
  UnavailableError,
} from '../errors';
import {isDbUnavailable} from '../db/connect';
import type {Logger} from '../logger';

/** Body-parser and database failures mapped into the AppError family. */
function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const e = error as {type?: string; limit?: number; status?: number};
  if (e?.type === 'entity.too.large') return new PayloadTooLargeError(e.limit ?? 0);
  if (
    e?.type === 'entity.parse.failed' ||
    e?.type === 'encoding.unsupported' ||
    e?.type === 'charset.unsupported'
  ) {
    return new BadRequestError('Request body could not be parsed');
  }
  if (e?.type === 'request.aborted') return new BadRequestError('Request aborted');
  if (isDbUnavailable(error)) return new UnavailableError('Database unavailable, retry later');
  return null;
}

/** One error path: `{ error: { code, message } }` JSON for every failure. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = toAppError(error);
    const status = appError?.status ?? 500;
    if (status >= 500)
      logger.error(
        {err: error, method: req.method, path: req.path, shop: res.locals.shop},
        'request failed',
      );
    else logger.debug({code: appError?.code, path: req.path}, 'request refused');
    if (res.headersSent) return;
    res.status(status).json({
      error: {
        code: appError?.code ?? 'internal_error',
        message: appError?.message ?? 'Internal error',
        ...(appError?.details ?? {}),
      },
    });
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) =>
  next(new NotFoundError(`No route for ${req.method} ${req.path}`));
