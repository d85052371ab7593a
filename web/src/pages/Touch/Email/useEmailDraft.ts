import {useCallback, useEffect, useRef, useState} from 'react';
import type {EmailDraft} from '../../../api/types';

const EMPTY: EmailDraft = {subject: '', body: '', includeGiftCard: false};
const key = (touchId: string) => `human-touch:email-draft:${touchId}`;

function read(touchId: string): EmailDraft | null {
  try {
    const stored = JSON.parse(
      window.localStorage.getItem(key(touchId)) ?? 'null',
    ) as Partial<EmailDraft> | null;
    return stored ? {...EMPTY, ...stored} : null;
  } catch {
    return null; // storage blocked (e.g. third-party frames) or a damaged entry: start blank
  }
}

/** Forgets the kept draft once its email is sent. */
export function forgetEmailDraft(touchId: string): void {
  try {
    window.localStorage.removeItem(key(touchId));
  } catch {
    // nothing stored
  }
}

/**
 * The email being written, kept in this browser until it is sent, so a reload or a look at another
 * touch doesn't lose it (`fresh` starts a touch with nothing kept). It never reaches the server before Send.
 */
export function useEmailDraft(touchId: string, fresh: Partial<EmailDraft> = {}) {
  const [draft, setDraft] = useState<EmailDraft>(() => read(touchId) ?? {...EMPTY, ...fresh});
  const edited = useRef(false);
  useEffect(() => {
    if (!edited.current) return; // only what the writer changed is kept
    try {
      window.localStorage.setItem(key(touchId), JSON.stringify(draft));
    } catch {
      // not kept across reloads; writing still works
    }
  }, [draft, touchId]);
  const change = useCallback((patch: Partial<EmailDraft>) => {
    edited.current = true;
    setDraft((d) => ({...d, ...patch}));
  }, []);
  return {draft, change};
}
