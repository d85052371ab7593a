import type {FollowUp} from '../Insights/types';
import {useCallback, useEffect, useRef, useState} from 'react';
import {apiGet, apiSend} from '../../api/client';
import type {EmailCheck, GiftCard, Touch, TouchEmail} from '../../api/types';

export interface TouchDetail {
  touch: Touch & {archived?: boolean};
  recentShopNotes: string[];
  alsoOnThisOrder: {id: string; kind: Touch['kind']; status: Touch['status']}[];
  /** The order's open question until it is answered (absent from older servers). */
  questionWaiting?: {id: string; question: string | null} | null;
  order: {
    name: string;
    createdAt: string;
    total: number;
    currency: string;
    channel: string;
    country: string | null;
    note: string | null;
    /** Where it ships (city only) and what was bought: context for the note. */
    shipCity: string | null;
    items: {title: string; quantity: number}[];
  } | null;
  customer: {
    id: string;
    displayName: string | null;
    ordersCounted: number;
    acceptsMarketing: boolean;
    hasEmail: boolean;
    previousTouches: {
      id: string;
      kind: Touch['kind'];
      status: Touch['status'];
      orderName: string;
      note: string | null;
      createdAt: string;
    }[];
  } | null;
  /** The touch's gift card (never its full code). */
  giftCard: GiftCard | null;
  /** The personal email once handed to the sender. */
  email: TouchEmail | null;
  /** Whether an email could be sent now, and why not. */
  emailCheck: EmailCheck;
  /** For a carried-out touch: did the customer order again afterwards (null otherwise). */
  followUp?: FollowUp | null;
}

/** A server from before gift cards and email (issue 5) omits their fields: read them as "none yet". */
const withEmailFields = (d: TouchDetail): TouchDetail => ({
  ...d,
  giftCard: d.giftCard ?? null,
  email: d.email ?? null,
  emailCheck: d.emailCheck ?? {canSend: false, reason: 'This server cannot send email yet.'},
});

/**
 * One touch and the edits a person makes to it, optimistic with rollback on failure.
 * Reads stop when the page is left (one AbortController per touch shown).
 */
export function useTouch(id: string) {
  const [detail, setDetail] = useState<TouchDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const reads = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    reads.current = controller;
    apiGet<TouchDetail>(`/api/touches/${id}`, controller.signal).then(
      (d) => setDetail(withEmailFields(d)),
      (e: Error) => {
        if (!controller.signal.aborted) setError(e.message);
      },
    );
    return () => controller.abort();
  }, [id]);

  /** Reads the touch again (polling, or after the server said our copy is stale); a failed read keeps what is shown. */
  const refresh = useCallback(async () => {
    const signal = reads.current?.signal;
    try {
      const fresh = await apiGet<TouchDetail>(`/api/touches/${id}`, signal);
      if (!signal?.aborted) setDetail(withEmailFields(fresh));
    } catch {
      // The next poll or action tries again; a transient failure is not worth a banner.
    }
  }, [id]);

  /** Applies what a gift card or email request answered, without another read. */
  const merge = useCallback((part: Partial<Pick<TouchDetail, 'giftCard' | 'email'>>) => {
    setDetail((d) => (d ? {...d, ...part} : d));
  }, []);

  const update = useCallback(
    async (patch: Record<string, unknown>) => {
      if (!detail) return false;
      const before = detail;
      setDetail({...detail, touch: {...detail.touch, ...patch} as TouchDetail['touch']});
      setSaving(true);
      try {
        const {touch} = await apiSend<{touch: TouchDetail['touch']}>(
          'PATCH',
          `/api/touches/${id}`,
          patch,
        );
        setDetail((d) => (d ? {...d, touch: {...d.touch, ...touch}} : d));
        setError(null);
        // Whether the email can go depends on who is assigned: read the check again.
        if ('assignee' in patch) void refresh();
        return true;
      } catch (e) {
        setDetail(before);
        setError((e as Error).message);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [detail, id, refresh],
  );

  return {detail, error, saving, update, refresh, merge};
}
