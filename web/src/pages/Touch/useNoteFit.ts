import {useEffect, useState} from 'react';
import {apiSend} from '../../api/client';

/** The server's answer to "does this note fit the shop's label?" (POST /api/print/fit). */
export interface NoteFit {
  fits: boolean;
  fontSize: number | null;
  stock: string;
}

const WAIT_MS = 400;

/** Checks a printed note against the label while it is typed (after a short pause); null: not checked. */
export function useNoteFit(note: string, enabled: boolean): NoteFit | null {
  const [fit, setFit] = useState<NoteFit | null>(null);
  useEffect(() => {
    if (!enabled || !note.trim()) {
      setFit(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      apiSend<NoteFit>('POST', '/api/print/fit', {note}).then(
        (f) => live && setFit(f),
        () => live && setFit(null),
      );
    }, WAIT_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [note, enabled]);
  return fit;
}
