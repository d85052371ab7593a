import {useCallback, useEffect, useRef, useState} from 'react';
import type {EmailDraft, EmailPreview} from '../../../api/types';
import {touchApi} from '../api';
import {sendProblem, type SendProblem} from './errors';

/** The server's rendering of a draft, for the preview modal; a newer request or leaving the page cancels the last. */
export function useEmailPreview(touchId: string) {
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<EmailPreview | null>(null);
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const request = useRef<AbortController | null>(null);
  useEffect(() => () => request.current?.abort(), []);

  const show = useCallback(
    async (draft: EmailDraft) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setOpen(true);
      setPreview(null);
      setProblem(null);
      try {
        const answer = await touchApi.previewEmail(touchId, draft, controller.signal);
        if (!controller.signal.aborted) setPreview(answer);
      } catch (e) {
        if (!controller.signal.aborted) setProblem(sendProblem(e));
      }
    },
    [touchId],
  );
  const close = useCallback(() => {
    request.current?.abort();
    setOpen(false);
  }, []);
  return {open, preview, problem, show, close};
}
