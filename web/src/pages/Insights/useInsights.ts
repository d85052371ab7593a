import {useCallback, useEffect, useState} from 'react';
import {apiGet} from '../../api/client';
import type {InsightsReport, TeamWeeks, WindowDays} from './types';

/** The outcome report for a window, refetched when the window changes (an older answer never wins). */
export function useInsights(window: WindowDays) {
  const [report, setReport] = useState<InsightsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    setError(null);
    apiGet<InsightsReport>(`/api/insights?window=${window}`, ctl.signal)
      .then(setReport)
      .catch((e: Error) => ctl.signal.aborted || setError(e.message));
    return () => ctl.abort();
  }, [window, version]);
  return {report, error, reload: () => setVersion((v) => v + 1)};
}

export function useTeamWeeks(weeks = 8) {
  const [team, setTeam] = useState<TeamWeeks | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    apiGet<TeamWeeks>(`/api/insights/team?weeks=${weeks}`).then(setTeam, (e: Error) =>
      setError(e.message),
    );
  }, [weeks]);
  useEffect(load, [load]);
  return {team, error};
}
