import {useCallback, useEffect, useState} from 'react';
import {teamApi} from './api';
import type {StaffProfile} from './types';

/** The shop's team as the server lists it (active first, then by name), reloadable. */
export function useTeam() {
  const [staff, setStaff] = useState<StaffProfile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setStaff(await teamApi.list());
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  return {staff, error, reload};
}
