import { sessionToken } from './session-token';

/** An error the API answered with: `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Every server call goes through the /api contract with a fresh session token. */
export async function apiGet<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${await sessionToken()}` } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'unknown', body?.error?.message ?? `Request failed (${res.status})`);
  return body as T;
}
