import {useEffect, useRef, useState} from 'react';
import {ApiError, apiGet, apiPostForFile} from '../../api/client';
import {openBlob} from '../../browser/files';
import type {QueueAnswer, RefusedTouch} from './types';
import {queuePath} from './usePrintQueue';

/** One PDF of a run: its stickers, and the link that opens it again. */
export interface Batch {
  n: number;
  stickers: number;
  url: string;
}

export interface RunState {
  running: boolean;
  /** Stickers printed so far, of how many were ready when the run started. */
  printed: number;
  total: number;
  /** Left out because another print (another packer, another tab) took them first. */
  skipped: number;
  batches: Batch[];
  /** Stickers the server refused (a note changed meanwhile): each links to its touch. */
  refused: RefusedTouch[];
  error: string | null;
}

/** The most stickers one PDF request takes (the server's MAX_TOUCHES_PER_PRINT). */
const MAX_PER_PDF = 1000;

const IDLE: RunState = {
  running: false,
  printed: 0,
  total: 0,
  skipped: 0,
  batches: [],
  refused: [],
  error: null,
};

type Options = {
  stock: string;
  startPosition?: number;
  reprint?: boolean;
  /** Labels on a sheet: where the next print starts. */ sheetSize?: number;
};

/**
 * Prints stickers as PDFs: a run is one PDF (up to 1,000 stickers, then the next continues on the
 * same sheet position), with progress. The first PDF opens in a new tab for the print dialog; each stays as a link,
 * since a browser may block tabs not opened straight from a click. A touch the server refuses
 * (422, e.g. its note was cleared meanwhile) is named and the batch prints without it; one another
 * print took first (409) is counted as skipped. Printing marks the stickers printed (reprint is explicit).
 */
export function usePrintRun(onPrinted: (nextStart: number | null) => void) {
  const [state, setState] = useState<RunState>(IDLE);
  const cancelled = useRef(false);
  const urls = useRef<string[]>([]);
  // The first free label on the last sheet once the run ends (null: nothing printed).
  const nextStart = useRef<number | null>(null);
  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), []);

  /** Prints these touches as one PDF (without any the server refuses); the stickers printed. */
  async function printBatch(touchIds: string[], o: Options, n: number): Promise<number> {
    let ids = touchIds;
    for (let attempt = 0; attempt < 2 && ids.length; attempt++) {
      try {
        const {blob, headers} = await apiPostForFile('/api/print/stickers', {
          touchIds: ids,
          stock: o.stock,
          reprint: Boolean(o.reprint),
          ...(o.startPosition && o.startPosition > 1 ? {startPosition: o.startPosition} : {}),
        });
        const stickers = Number(headers.get('x-printed-count') ?? ids.length);
        const skipped = Number(headers.get('x-skipped-already-printed') ?? 0);
        const url = n === 1 ? openBlob(blob) : URL.createObjectURL(blob);
        urls.current.push(url);
        if (o.sheetSize)
          nextStart.current = (((o.startPosition ?? 1) - 1 + stickers) % o.sheetSize) + 1;
        setState((s) => ({
          ...s,
          printed: s.printed + stickers,
          skipped: s.skipped + skipped,
          batches: [...s.batches, {n, stickers, url}],
        }));
        return stickers;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'already_printed') {
          setState((s) => ({...s, skipped: s.skipped + ids.length}));
          return 0;
        }
        if (
          !(e instanceof ApiError) ||
          e.code !== 'not_printable' ||
          !Array.isArray(e.details.touches)
        )
          throw e;
        const refused = e.details.touches as RefusedTouch[];
        const out = new Set(refused.map((t) => t.id));
        ids = ids.filter((id) => !out.has(id));
        setState((s) => ({...s, refused: [...s.refused, ...refused]}));
      }
    }
    return 0;
  }

  async function run(total: number, work: () => Promise<void>) {
    cancelled.current = false;
    urls.current.forEach((u) => URL.revokeObjectURL(u));
    urls.current = [];
    nextStart.current = null;
    setState({...IDLE, running: true, total});
    try {
      await work();
    } catch (e) {
      setState((s) => ({...s, error: (e as Error).message}));
    } finally {
      setState((s) => ({...s, running: false}));
      onPrinted(nextStart.current);
    }
  }

  /**
   * "Print today's stickers": every ready sticker of the queue in one PDF (the server takes up to
   * 1,000 a request; a bigger run continues on the same sheet position in the next PDF).
   */
  const printQueue = (o: Options & {ready: number}) =>
    run(o.ready, async () => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: QueueAnswer = await apiGet<QueueAnswer>(queuePath('to_print', o.stock, cursor));
        for (const order of page.orders)
          for (const t of order.touches) if (!t.problem) ids.push(t.id);
        cursor = page.nextCursor;
      } while (cursor && !cancelled.current);
      let start = o.startPosition;
      for (let n = 1; (n - 1) * MAX_PER_PDF < ids.length && !cancelled.current; n++) {
        await printBatch(
          ids.slice((n - 1) * MAX_PER_PDF, n * MAX_PER_PDF),
          {...o, startPosition: start},
          n,
        );
        start = nextStart.current ?? start;
      }
    });

  /** One order's stickers, or one sticker again (`reprint`). */
  const printTouches = (ids: string[], o: Options) =>
    run(ids.length, async () => void (await printBatch(ids, o, 1)));

  return {
    state,
    printQueue,
    printTouches,
    cancel: () => {
      cancelled.current = true;
    },
    dismiss: () => setState((s) => ({...s, refused: [], error: null})),
  };
}
