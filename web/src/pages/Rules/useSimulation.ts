import {useEffect, useState} from 'react';
import {apiSend} from '../../api/client';
import type {RuleInput, Simulation} from './types';

/**
 * POST /api/rules/simulate for a rule set (null = the saved rules), debounced while the form
 * changes; a newer request cancels the one in flight.
 */
export function useSimulation(
  rules: RuleInput[] | null,
  dailyVolume: number | null,
  enabled = true,
  delayMs = 400,
) {
  const [result, setResult] = useState<Simulation | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const body = JSON.stringify({...(rules ? {rules} : {}), ...(dailyVolume ? {dailyVolume} : {})});

  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      apiSend<Simulation>('POST', '/api/rules/simulate', JSON.parse(body), controller.signal).then(
        (r) => (setResult(r), setError(null), setLoading(false)),
        (e: Error) => {
          if (controller.signal.aborted) return;
          setError(e.message);
          setLoading(false);
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body, enabled, delayMs]);

  return {result: enabled ? result : null, loading: enabled && loading, error};
}
