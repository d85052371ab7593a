import {useCallback, useEffect, useRef, useState} from 'react';
import {apiGet} from '../../api/client';
import type {QueueAnswer, QueueOrder, QueueState, Stock} from './types';

export const PAGE_ORDERS = 50;

export const queuePath = (
  state: QueueState,
  stock: string | null,
  cursor?: string | null,
  limit = PAGE_ORDERS,
  q?: string,
) =>
  `/api/print/queue?state=${state}&limit=${limit}${stock ? `&stock=${encodeURIComponent(stock)}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}${q ? `&q=${encodeURIComponent(q)}` : ''}`;

/** Where the sheet in the printer continues (kept per shop by the server). */
export interface NextLabel {
  stock: string;
  position: number;
}

/** The stocks and the shop's own, for the stock picker. */
export function useStocks() {
  const [stocks, setStocks] = useState<Stock[]>([]);
  const [shopStock, setShopStock] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [nextLabel, setNextLabel] = useState<NextLabel | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    apiGet<{stocks: Stock[]; labelStock: string; nextLabel?: NextLabel | null}>(
      '/api/print/stocks',
      ctl.signal,
    ).then(
      (r) => {
        setStocks(r.stocks);
        setShopStock(r.labelStock);
        setError(null);
        setNextLabel(r.nextLabel ?? null);
      },
      (e: Error) => ctl.signal.aborted || setError(e.message),
    );
    return () => ctl.abort();
  }, [version]);
  // Without the stocks the queue can't be asked for: their failure is the page's outage.
  return {stocks, shopStock, nextLabel, error, reload: () => setVersion((v) => v + 1)};
}

/** One state of the queue (or one order searched), page by page ("Show more"); `reload` starts again. */
export function usePrintQueue(state: QueueState, stock: string | null, q = '') {
  const [orders, setOrders] = useState<QueueOrder[]>([]);
  const [answer, setAnswer] = useState<QueueAnswer | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const current = useRef<AbortController | null>(null);

  const fetchPage = useCallback(
    (cursor: string | null) => {
      current.current?.abort();
      const ctl = new AbortController();
      current.current = ctl;
      setLoading(true);
      apiGet<QueueAnswer>(queuePath(state, stock, cursor, PAGE_ORDERS, q), ctl.signal)
        .then((page) => {
          setAnswer(page);
          setOrders((shown) => (cursor ? [...shown, ...page.orders] : page.orders));
          setError(null);
        })
        .catch((e: Error) => ctl.signal.aborted || setError(e.message))
        .finally(() => ctl.signal.aborted || setLoading(false));
    },
    [state, stock, q],
  );

  useEffect(() => {
    if (!stock) return;
    fetchPage(null);
    return () => current.current?.abort();
  }, [fetchPage, stock, version]);

  return {
    orders,
    totals: answer?.totals ?? null,
    loading,
    error,
    hasMore: Boolean(answer?.nextCursor),
    loadMore: () => answer?.nextCursor && fetchPage(answer.nextCursor),
    reload: () => setVersion((v) => v + 1),
  };
}
