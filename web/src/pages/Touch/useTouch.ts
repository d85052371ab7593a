import { useCallback, useEffect, useState } from 'react';
import { apiGet, apiSend } from '../../api/client';
import type { Touch } from '../../api/types';

export interface TouchDetail {
  touch: Touch & { archived?: boolean };
  recentShopNotes: string[];
  alsoOnThisOrder: { id: string; kind: Touch['kind']; status: Touch['status'] }[];
  order: {
    name: string; createdAt: string; total: number; currency: string; channel: string; country: string | null; note: string | null;
    /** Where it ships (city only) and what was bought: context for the note. */
    shipCity: string | null; items: { title: string; quantity: number }[];
  } | null;
  customer: {
    id: string; displayName: string | null; ordersCounted: number; acceptsMarketing: boolean; hasEmail: boolean;
    previousTouches: { id: string; kind: Touch['kind']; status: Touch['status']; orderName: string; note: string | null; createdAt: string }[];
  } | null;
}

/** One touch and the edits a person makes to it, optimistic with rollback on failure. */
export function useTouch(id: string) {
  const [detail, setDetail] = useState<TouchDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    apiGet<TouchDetail>(`/api/touches/${id}`).then(setDetail, (e: Error) => setError(e.message));
  }, [id]);

  const update = useCallback(
    async (patch: Record<string, unknown>) => {
      if (!detail) return false;
      const before = detail;
      setDetail({ ...detail, touch: { ...detail.touch, ...patch } as TouchDetail['touch'] });
      setSaving(true);
      try {
        const { touch } = await apiSend<{ touch: TouchDetail['touch'] }>('PATCH', `/api/touches/${id}`, patch);
        setDetail((d) => (d ? { ...d, touch: { ...d.touch, ...touch } } : d));
        setError(null);
        return true;
      } catch (e) {
        setDetail(before);
        setError((e as Error).message);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [detail, id],
  );

  return { detail, error, saving, update };
}
