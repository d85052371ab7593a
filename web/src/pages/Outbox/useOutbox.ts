import {useCallback, useEffect, useRef, useState} from 'react';
import {apiGet} from '../../api/client';
import type {OutboxMessage, OutboxSummary} from '../../api/types';

/** The local SMTP server's mail, newest first; reloadable, and cancelled when the page is left. */
export function useOutbox() {
  const [messages, setMessages] = useState<OutboxSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const current = useRef<AbortController | null>(null);

  const reload = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setLoading(true);
    try {
      const answer = await apiGet<{messages: OutboxSummary[]}>(
        '/api/dev/outbox',
        controller.signal,
      );
      setMessages(answer.messages);
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
  return {messages, error, loading, reload};
}

/** One received message, read when it is opened. */
export function useOutboxMessage(id: string) {
  const [message, setMessage] = useState<OutboxMessage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setMessage(null);
    setError(null);
    apiGet<OutboxMessage>(`/api/dev/outbox/${encodeURIComponent(id)}`, controller.signal).then(
      setMessage,
      (e: Error) => {
        if (!controller.signal.aborted) setError(e.message);
      },
    );
    return () => controller.abort();
  }, [id]);
  return {message, error};
}

/** Whether this server has the dev Outbox (local mode): GET /api/dev/outbox answers 200; production answers 404. */
/** null until the server has answered (the nav waits for it, so its tabs don't shift). */
export function useOutboxAvailable(): boolean | null {
  const [available, setAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    apiGet('/api/dev/outbox', controller.signal).then(
      () => setAvailable(true),
      () => setAvailable(false),
    );
    return () => controller.abort();
  }, []);
  return available;
}
