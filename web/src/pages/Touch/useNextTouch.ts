import {useCallback, useState} from 'react';
import {apiGet} from '../../api/client';
import {openTouch} from '../../router';

/** "Next touch": the open touch due soonest other than this one (assigned to anyone), or none left. */
export function useNextTouch(currentId: string) {
  const [none, setNone] = useState(false);
  const [loading, setLoading] = useState(false);
  const next = useCallback(async () => {
    setLoading(true);
    try {
      const page = await apiGet<{touches: {id: string}[]}>(
        '/api/touches?status=open&sort=due&limit=2',
      );
      const found = page.touches.find((t) => t.id !== currentId);
      if (found) openTouch(found.id);
      else setNone(true);
    } finally {
      setLoading(false);
    }
  }, [currentId]);
  return {next, none, loading};
}
