import {useCallback, useEffect, useState} from 'react';
import {apiGet} from '../../api/client';
import type {Summary} from '../../api/types';

export function useSummary() {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    apiGet<Summary>('/api/summary').then(
      (s) => (setSummary(s), setError(null)),
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(reload, [reload]);
  return {summary, error, reload};
}
