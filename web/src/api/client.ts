import {toClientErrorCode, type ClientErrorCode} from '@human-touch/contract';
import {sessionToken} from './session-token';

/** An error the API answered with: `{ error: { code, message, fields? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** Seconds from a `Retry-After` header (e.g. Shopify throttling), when the server sent one. */
    readonly retryAfter?: number,
    /** Whatever else the error carried (e.g. the touches a 422 `not_printable` names). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Every server call goes through the /api contract with a fresh session token. */
export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return apiSend<T>('GET', path, undefined, signal);
}

/** `signal` cancels a request that a newer one replaced (e.g. the simulator while typing). */
export async function apiSend<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const res = await fetch(path, {
    method,
    signal,
    headers: {
      authorization: `Bearer ${await sessionToken()}`,
      ...(body === undefined ? {} : {'content-type': 'application/json'}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw errorOf(res, answer);
  return answer as T;
}

/** A POST answered with a file (a sticker PDF): its bytes and headers, or the API's error. */
export async function apiPostForFile(
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<{blob: Blob; headers: Headers}> {
  const res = await fetch(path, {
    method: 'POST',
    signal,
    headers: {authorization: `Bearer ${await sessionToken()}`, 'content-type': 'application/json'},
    body: JSON.stringify(body),
  });
  if (!res.ok) throw errorOf(res, await res.json().catch(() => null));
  return {blob: await res.blob(), headers: res.headers};
}

/** A GET answered with a file (a data request's JSON): its bytes and headers, or the API's error. */
export async function apiGetForFile(path: string): Promise<{blob: Blob; headers: Headers}> {
  const res = await fetch(path, {headers: {authorization: `Bearer ${await sessionToken()}`}});
  if (!res.ok) throw errorOf(res, await res.json().catch(() => null));
  return {blob: await res.blob(), headers: res.headers};
}

type ErrorBody = {
  error?: {code?: string; message?: string; fields?: Record<string, string[]>} & Record<
    string,
    unknown
  >;
} | null;

function errorOf(res: Response, answer: unknown): ApiError {
  const {code, message, fields, ...details} = (answer as ErrorBody)?.error ?? {};
  return new ApiError(
    res.status,
    toClientErrorCode(code),
    message ?? `Request failed (${res.status})`,
    fields,
    retryAfterSeconds(res),
    details,
  );
}

/** `Retry-After` as seconds (it may also be an HTTP date). */
function retryAfterSeconds(res: Response): number | undefined {
  const value = res.headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim())
    ? Number(value)
    : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}
