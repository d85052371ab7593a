import { useCallback, useEffect, useState } from 'react';
import { apiGet } from '../../api/client';
import type { Touch, TouchPage } from '../../api/types';

export interface TouchFilters {
  status: string[];
  kind: string[];
}

/** Newest touches for the filters, with cursor pagination ("Load more"). */
export function useTouches(filters: TouchFilters) {
  const [touches, setTouches] = useState<Touch[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (after: string | null) => {
      const params = new URLSearchParams({ limit: '50' });
      if (filters.status[0]) params.set('status', filters.status[0]);
      if (filters.kind[0]) params.set('kind', filters.kind[0]);
      if (after) params.set('cursor', after);
      setLoading(true);
      try {
        const page = await apiGet<TouchPage>(`/api/touches?${params}`);
        setTouches((previous) => (after ? [...previous, ...page.touches] : page.touches));
        setCursor(page.nextCursor);
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setLoading(false);
      }
    },
    [filters.status, filters.kind],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return { touches, loading, error, hasMore: cursor !== null, loadMore: () => load(cursor), reload: () => load(null) };
}
