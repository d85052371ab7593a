import {toClientErrorCode} from '@human-touch/contract';
import {ApiError, apiGet, apiSend} from '../../api/client';
import {sessionToken} from '../../api/session-token';
import type {StaffInput, StaffProfile} from './types';

type Answer = {error?: {code?: string; message?: string; fields?: Record<string, string[]>}} | null;

/** The calls the Team page makes; JSON through the shared client, photos as raw bytes. */
export const teamApi = {
  list: () => apiGet<{staff: StaffProfile[]}>('/api/staff').then((r) => r.staff),
  create: (input: StaffInput) =>
    apiSend<{staff: StaffProfile}>('POST', '/api/staff', input).then((r) => r.staff),
  update: (id: string, patch: Partial<StaffInput>) =>
    apiSend<{staff: StaffProfile}>('PATCH', `/api/staff/${id}`, patch).then((r) => r.staff),
  remove: (id: string) => apiSend<null>('DELETE', `/api/staff/${id}`),
  removePhoto: (id: string) => apiSend<null>('DELETE', `/api/staff/${id}/photo`),

  /** PUT the file as the request body with its own type; the server checks type, size and bytes. */
  async uploadPhoto(id: string, file: File): Promise<void> {
    const res = await fetch(`/api/staff/${id}/photo`, {
      method: 'PUT',
      headers: {authorization: `Bearer ${await sessionToken()}`, 'content-type': file.type},
      body: file,
    });
    if (res.ok) return;
    const answer = (await res.json().catch(() => null)) as Answer;
    const message =
      res.status === 413
        ? 'The photo is larger than 2 MB.'
        : res.status === 415
          ? 'Use a PNG, JPEG or WebP image.'
          : answer?.error?.message;
    throw new ApiError(
      res.status,
      toClientErrorCode(answer?.error?.code),
      message ?? `Upload failed (${res.status})`,
      answer?.error?.fields,
    );
  },

  /** The photo's bytes with the session token (an <img> cannot send it). */
  async photo(url: string): Promise<Blob> {
    const res = await fetch(url, {headers: {authorization: `Bearer ${await sessionToken()}`}});
    if (!res.ok) throw new ApiError(res.status, 'unknown', `Photo not available (${res.status})`);
    return res.blob();
  },
};
