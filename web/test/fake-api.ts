import {ERROR_CODES, type ErrorCode} from '@human-touch/contract';

/**
 * A stand-in for the server in component tests: `fetch` answers from a route table
 * ("GET /api/touches/t1" → status, body, headers) and records every call, as the panel sent it.
 */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A streamed body (ASCII), read chunk by chunk through `res.body.getReader()`. */
  chunks?: string[];
}
export type Route = Reply | ((call: Call) => Reply);
export interface Call {
  method: string;
  path: string;
  body: unknown;
}

/** A refusal as the server sends it: its status and its code come from the shared table. */
export const refusal = (
  code: ErrorCode,
  message: string,
  extra: Omit<Reply, 'status' | 'body'> = {},
): Reply => ({status: ERROR_CODES[code].status, body: {error: {code, message}}, ...extra});

export function fakeApi(routes: Record<string, Route>) {
  const calls: Call[] = [];
  global.fetch = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      method: init.method ?? 'GET',
      path: String(input),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    const reply =
      route === undefined
        ? refusal('not_found', `no route for ${call.method} ${call.path}`)
        : typeof route === 'function'
          ? route(call)
          : route;
    const status = reply.status ?? 200;
    const headers = Object.fromEntries(
      Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const chunks = (reply.chunks ?? []).map((c) => Uint8Array.from(c, (ch) => ch.charCodeAt(0)));
    const stream = {
      getReader: () => ({
        read: async () =>
          chunks.length ? {done: false, value: chunks.shift()} : {done: true, value: undefined},
      }),
    };
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: {get: (name: string) => headers[name.toLowerCase()] ?? null},
      json: async () => reply.body,
      blob: async () =>
        new Blob([
          typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? null),
        ]),
      body: reply.chunks ? stream : null,
    };
  }) as unknown as typeof fetch;
  Object.assign(window, {shopify: {idToken: async () => 'token'}});
  return {
    calls,
    /** The calls to one route, e.g. `to('POST /api/touches/t1/email')`. */
    to: (route: string) => calls.filter((c) => `${c.method} ${c.path}` === route),
  };
}
