/**
 * What the admin extensions ask of the app, in plain TypeScript (no UI, no Shopify globals), so the
 * same code is unit-tested against the app's real endpoints (server/test/extensions.test.ts).
 * docs/API.md (and docs/openapi.json) is the other side of every call here.
 */

import {
  toClientErrorCode,
  type ClientErrorCode,
  type TouchKind,
  type TouchStatus,
} from '@human-touch/contract';

export type {TouchKind, TouchStatus} from '@human-touch/contract';

/** A touch as `GET /api/orders/:orderId/touches` returns it (the fields the extensions use). */
export interface Touch {
  id: string;
  orderId: string;
  orderName: string;
  kind: TouchKind;
  status: TouchStatus;
  assignee: string | null;
  note: string | null;
  dueAt: string;
  doneAt: string | null;
  printedAt: string | null;
  printCount: number;
  manual?: boolean;
  archived?: boolean;
}

export interface StaffMember {
  id: string;
  name: string;
  active: boolean;
}

export interface ClientOptions {
  /** The app's origin; '' (relative URLs) inside Shopify admin, where fetch goes to the app's URL. */
  appUrl: string;
  /** The session token (inside admin: `shopify.auth.idToken`). */
  idToken: () => Promise<string | null>;
  fetch?: typeof fetch;
}

/** A refusal from the app (`{ error: { code, message, fields? } }`) or a network failure (`status` 0). */
export class HumanTouchApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'HumanTouchApiError';
  }
}

export const KIND_LABELS: Record<TouchKind, string> = {
  team_photo: 'Team photo',
  handwritten_card: 'Handwritten card',
  personal_email: 'Personal email',
  gift_card: 'Gift card',
  free_gift: 'Free gift',
  sticker_note: 'Sticker note',
  phone_call: 'Phone call',
  answer_question: 'Answer a question',
};

/** The kinds a person can give by hand from the order page. */
export const GIVABLE_KINDS: TouchKind[] = [
  'sticker_note',
  'handwritten_card',
  'team_photo',
  'free_gift',
  'personal_email',
  'phone_call',
];

export const STATUS_LABELS: Record<TouchStatus, string> = {
  open: 'To do',
  done: 'Done',
  skipped: 'Skipped',
  held_out: 'Held out (comparison group)',
};

/** The order ids of a details page or an index selection (`data.selected`), as Admin GIDs. */
export function selectedOrderIds(selected: readonly {id: string}[]): string[] {
  const ids = selected.map((s) => s.id).filter((id) => /^gid:\/\/shopify\/Order\/\d+$/.test(id));
  return [...new Set(ids)];
}

/** A sentence staff can act on, for any failure of a call. */
export function describeError(error: unknown): string {
  if (!(error instanceof HumanTouchApiError)) return 'Something went wrong. Try again.';
  if (error.status === 0)
    return 'Human Touch could not be reached. Check your connection and try again.';
  if (error.status === 401) return 'Your session with Human Touch expired. Reload the page.';
  if (error.status === 404 && error.code === 'not_found')
    return 'Human Touch has not seen this order yet (it arrives a few seconds after the order is placed).';
  if (
    error.code === 'not_printable' ||
    error.code === 'nothing_to_print' ||
    error.code === 'conflict'
  )
    return error.message;
  const fieldMessages = Object.entries(error.fields).map(
    ([field, msgs]) => `${field}: ${msgs.join(', ')}`,
  );
  return fieldMessages.length ? `${error.message} (${fieldMessages.join('; ')})` : error.message;
}

export function createHumanTouchClient({appUrl, idToken, fetch: doFetch = fetch}: ClientOptions) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = await idToken();
    let res: Response;
    try {
      res = await doFetch(`${appUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(token ? {authorization: `Bearer ${token}`} : {}),
          ...(body === undefined ? {} : {'content-type': 'application/json'}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new HumanTouchApiError(0, 'network', 'Human Touch could not be reached');
    }
    const json = (await res.json().catch(() => null)) as {
      error?: {code?: string; message?: string; fields?: Record<string, string[]>};
    } | null;
    if (!res.ok) {
      const e = json?.error;
      throw new HumanTouchApiError(
        res.status,
        toClientErrorCode(e?.code),
        e?.message ?? `Human Touch answered ${res.status}`,
        e?.fields ?? {},
      );
    }
    return json as T;
  }

  return {
    /** The order's touches (empty when it has none; 404 when the app never saw the order). */
    orderTouches: async (orderId: string) =>
      (await call<{touches: Touch[]}>('GET', `/api/orders/${encodeURIComponent(orderId)}/touches`))
        .touches,
    /** "Give this order a human touch" → the new touch (409 when the order already has that kind). */
    giveTouch: async (input: {
      orderId: string;
      kind: TouchKind;
      assignee?: string | null;
      note?: string | null;
    }) => {
      const note = input.note?.trim() ? input.note.trim() : undefined;
      const body = {
        orderId: input.orderId,
        kind: input.kind,
        ...(input.assignee ? {assignee: input.assignee} : {}),
        ...(note ? {note} : {}),
      };
      return (await call<{touch: Touch}>('POST', '/api/touches', body)).touch;
    },
    saveNote: async (touchId: string, note: string) =>
      (
        await call<{touch: Touch}>('PATCH', `/api/touches/${encodeURIComponent(touchId)}`, {
          note: note.trim() ? note : null,
        })
      ).touch,
    markDone: async (touchId: string) =>
      (
        await call<{touch: Touch}>('PATCH', `/api/touches/${encodeURIComponent(touchId)}`, {
          status: 'done',
        })
      ).touch,
    /** The shop's active staff, for the assignee picker. */
    activeStaff: async () =>
      (await call<{staff: StaffMember[]}>('GET', '/api/staff')).staff.filter((s) => s.active),
    /** A short-lived signed URL to the stickers of these orders, for the admin's print action. */
    printLink: async (orderIds: string[], stock?: string) =>
      call<{url: string; expiresAt: string}>('POST', '/api/print/links', {
        orderIds,
        ...(stock ? {stock} : {}),
      }),
  };
}

export type HumanTouchClient = ReturnType<typeof createHumanTouchClient>;
