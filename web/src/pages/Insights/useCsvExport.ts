import {useRef, useState} from 'react';
import {sessionToken} from '../../api/session-token';
import {saveBlob} from '../../browser/files';

export interface ExportState {
  running: boolean;
  /** Rows received so far, and how many the server said are coming. */
  rows: number;
  total: number | null;
  error: string | null;
  /** The last finished file's name. */
  saved: string | null;
}

const NEWLINE = 10;
const filenameOf = (disposition: string | null) =>
  /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'human-touch-touches.csv';

/**
 * Streams GET /api/exports/touches.csv: counts rows as they arrive (newline bytes; the CSV quotes
 * newlines inside notes, so this can run a little ahead on notes with line breaks — the bar, not the file),
 * against `X-Total-Rows`, then saves the file under the server's name. Cancel aborts the request.
 */
export function useCsvExport() {
  const [state, setState] = useState<ExportState>({
    running: false,
    rows: 0,
    total: null,
    error: null,
    saved: null,
  });
  const abort = useRef<AbortController | null>(null);

  async function start() {
    const ctl = new AbortController();
    abort.current = ctl;
    setState({running: true, rows: 0, total: null, error: null, saved: null});
    try {
      const res = await fetch('/api/exports/touches.csv', {
        signal: ctl.signal,
        headers: {authorization: `Bearer ${await sessionToken()}`},
      });
      if (!res.ok) throw new Error(`The export failed (${res.status})`);
      const total = Number(res.headers.get('x-total-rows') ?? NaN);
      const chunks: Uint8Array[] = [];
      let lines = 0;
      const reader = res.body?.getReader();
      if (!reader) throw new Error('This browser cannot stream the export');
      for (;;) {
        const {done, value} = await reader.read();
        if (done) break;
        chunks.push(value);
        for (const byte of value) if (byte === NEWLINE) lines++;
        setState((s) => ({
          ...s,
          rows: Math.max(0, lines - 1),
          total: Number.isFinite(total) ? total : null,
        }));
      }
      const name = filenameOf(res.headers.get('content-disposition'));
      saveBlob(new Blob(chunks as BlobPart[], {type: 'text/csv'}), name);
      setState((s) => ({
        ...s,
        running: false,
        rows: Number.isFinite(total) ? total : s.rows,
        saved: name,
      }));
    } catch (e) {
      const cancelled = ctl.signal.aborted;
      setState((s) => ({...s, running: false, error: cancelled ? null : (e as Error).message}));
    }
  }

  return {state, start, cancel: () => abort.current?.abort()};
}
