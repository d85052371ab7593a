import { sessionToken } from './session-token';

/** An error the API answered with: `{ error: { code, message, fields? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** Seconds from a `Retry-After` header (e.g. Shopify throttling), when the server sent one. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** Every server call goes through the /api contract with a fresh session token. */
export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return apiSend<T>('GET', path, undefined, signal);
}

/** `signal` cancels a request that a newer one replaced (e.g. the simulator while typing). */
export async function apiSend<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    method,
    signal,
    headers: { authorization: `Bearer ${await sessionToken()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; fields?: Record<string, string[]> } } | null;
  if (!res.ok) {
    const error = answer?.error;
    throw new ApiError(res.status, error?.code ?? 'unknown', error?.message ?? `Request failed (${res.status})`, error?.fields, retryAfterSeconds(res));
  }
  return answer as T;
}

/** `Retry-After` as seconds (it may also be an HTTP date). */
function retryAfterSeconds(res: Response): number | undefined {
  const value = res.headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}
