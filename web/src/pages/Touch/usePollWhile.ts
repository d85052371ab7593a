import {useEffect} from 'react';

/**
 * Calls `poll` every `everyMs` while `active`, one call at a time (the next waits for the
 * previous to settle). Stops as soon as `active` turns false or the component unmounts.
 */
export function usePollWhile(active: boolean, poll: () => Promise<unknown>, everyMs = 2000): void {
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      await poll();
      if (!stopped) timer = setTimeout(tick, everyMs);
    };
    timer = setTimeout(tick, everyMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, poll, everyMs]);
}
