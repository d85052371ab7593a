import {useCallback, useEffect, useRef, useState} from 'react';
import {apiGet, apiSend} from '../../api/client';
import type {Touch, TouchPage} from '../../api/types';

export type SortKey = 'due' | 'newest' | 'oldest';
export type DueWindow = 'overdue' | 'today' | 'tomorrow' | 'week';

export interface TouchFilters {
  status: string[];
  kind: string[];
  assignee: string[];
  due: DueWindow[];
  query: string;
  sort: SortKey;
  /** The history: finished touches older than the working set (read-only). */
  history: boolean;
}

const startOfDay = (days: number) => {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + days);
  return d;
};

/** The due-date filter as the API's [from, to) range, in the browser's local days. */
export function dueRange(
  window: DueWindow | undefined,
  now = new Date(),
): {from?: string; to?: string} {
  switch (window) {
    case 'overdue':
      return {to: now.toISOString()};
    case 'today':
      return {to: startOfDay(1).toISOString()};
    case 'tomorrow':
      return {from: startOfDay(1).toISOString(), to: startOfDay(2).toISOString()};
    case 'week':
      return {to: startOfDay(7).toISOString()};
    default:
      return {};
  }
}

export function touchesQuery(f: TouchFilters, cursor: string | null): URLSearchParams {
  const params = new URLSearchParams({limit: '50', sort: f.sort});
  if (f.status[0]) params.set('status', f.status[0]);
  if (f.kind[0]) params.set('kind', f.kind[0]);
  if (f.assignee[0]) params.set('assignee', f.assignee[0]);
  const {from, to} = dueRange(f.due[0]);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (f.query.trim()) params.set('q', f.query.trim());
  if (f.history) params.set('archived', 'true');
  if (cursor) params.set('cursor', cursor);
  return params;
}

export type BulkRequest =
  | {action: 'done'}
  | {action: 'reopen'}
  | {action: 'skip'; skipReason: string}
  | {action: 'assign'; assignee: string | null};

/** The queue for the filters, with cursor pagination and optimistic bulk actions (rolled back on failure). */
export function useTouches(filters: TouchFilters) {
  const [touches, setTouches] = useState<Touch[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current;
      setLoading(true);
      try {
        const page = await apiGet<TouchPage>(`/api/touches?${touchesQuery(filters, after)}`);
        if (request !== latest.current) return; // a newer filter won
        setTouches((previous) => (after ? [...previous, ...page.touches] : page.touches));
        setCursor(page.nextCursor);
        setError(null);
      } catch (e) {
        if (request === latest.current) setError((e as Error).message);
      } finally {
        if (request === latest.current) setLoading(false);
      }
    },
    [filters],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const bulk = useCallback(
    async (ids: string[], request: BulkRequest, userId: string | null = null): Promise<number> => {
      const before = touches;
      const now = new Date().toISOString();
      const change = (t: Touch): Touch =>
        request.action === 'assign'
          ? {...t, assignee: request.assignee}
          : request.action === 'done'
            ? {...t, status: 'done', doneAt: now, doneBy: userId, skipReason: null}
            : request.action === 'reopen'
              ? {...t, status: 'open', stage: null, stages: [], doneAt: null, doneBy: null}
              : {...t, status: 'skipped', skipReason: request.skipReason};
      setTouches((ts) =>
        ts.map((t) => (ids.includes(t.id) && t.status !== 'held_out' ? change(t) : t)),
      );
      try {
        let modified = 0;
        // The API takes 200 ids at a time ("select all" can mean more).
        for (let i = 0; i < ids.length; i += 200) {
          const answer = await apiSend<{matched: number; modified: number}>(
            'POST',
            '/api/touches/bulk',
            {ids: ids.slice(i, i + 200), ...request},
          );
          modified += answer.modified;
        }
        return modified;
      } catch (e) {
        setTouches(before);
        throw e;
      }
    },
    [touches],
  );

  /** Every touch the filters match, past the loaded pages ("select all"): their ids, page by page. */
  const allIds = useCallback(async (): Promise<string[]> => {
    const ids = touches.map((t) => t.id);
    for (let after = cursor; after;) {
      const page = await apiGet<TouchPage>(`/api/touches?${touchesQuery(filters, after)}`);
      ids.push(...page.touches.filter((t) => t.status !== 'held_out').map((t) => t.id));
      after = page.nextCursor;
    }
    return [...new Set(ids)];
  }, [touches, cursor, filters]);

  return {
    touches,
    loading,
    error,
    allIds,
    hasMore: cursor !== null,
    loadMore: () => load(cursor),
    reload: () => load(null),
    bulk,
  };
}
