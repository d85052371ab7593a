import { sessionToken } from './session-token';

/** An error the API answered with: `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly fields?: Record<string, string[]>) {
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
  if (!res.ok) throw new ApiError(res.status, answer?.error?.code ?? 'unknown', answer?.error?.message ?? `Request failed (${res.status})`, answer?.error?.fields);
  return answer as T;
}
