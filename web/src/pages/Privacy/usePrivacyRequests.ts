import {useCallback, useEffect, useRef, useState} from 'react';
import {apiGet} from '../../api/client';

/** One customers/data_request (GET /api/privacy/requests). */
export interface DataRequest {
  id: string;
  customerId: string | null;
  dataRequestId: string | null;
  ordersRequested: string[];
  receivedAt: string;
  status: 'preparing' | 'ready' | 'failed' | 'redacted';
  readyAt: string | null;
  downloadedAt: string | null;
  download: string | null;
}

export interface DataRequests {
  requests: DataRequest[];
  /** Ready and not downloaded yet. */
  waiting: number;
}

/** The shop's customer data requests, reloadable; cancelled when the page is left. */
export function usePrivacyRequests() {
  const [data, setData] = useState<DataRequests | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const current = useRef<AbortController | null>(null);
  const reload = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setLoading(true);
    try {
      setData(await apiGet<DataRequests>('/api/privacy/requests', controller.signal));
      setError(null);
    } catch (e) {
      if (!controller.signal.aborted) setError((e as Error).message);
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
    return () => current.current?.abort();
  }, [reload]);
  return {data, error, loading, reload};
}

/** How often the nav asks again, so a request that arrives while the panel is open is told. */
const POLL_MS = 5 * 60_000;

/**
 * How many data requests wait for the merchant (the nav's badge); null until the first answer,
 * 0 when the server could not say (the nav never waits on it for long).
 */
export function usePrivacyWaiting(): number | null {
  const [waiting, setWaiting] = useState<number | null>(null);
  useEffect(() => {
    let controller = new AbortController();
    const ask = () => {
      controller = new AbortController();
      apiGet<DataRequests>('/api/privacy/requests', controller.signal).then(
        (d) => setWaiting(d.waiting),
        () => setWaiting((w) => w ?? 0),
      );
    };
    ask();
    const timer = setInterval(ask, POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, []);
  return waiting;
}
