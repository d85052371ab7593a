import {useEffect, useState} from 'react';
import {apiGet} from '../api/client';
import type {StaffMember} from '../api/types';

/** The shop's staff, for assignee pickers and names; empty (never an error) until profiles exist. */
export function useStaff() {
  const [staff, setStaff] = useState<StaffMember[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    apiGet<{staff: StaffMember[]}>('/api/staff', controller.signal).then(
      (r) => setStaff(r.staff),
      () => !controller.signal.aborted && setStaff([]),
    );
    return () => controller.abort();
  }, []);
  const nameOf = (id: string | null) =>
    id ? (staff.find((s) => s.id === id)?.name ?? 'Someone no longer on the team') : null;
  /** Who did something recorded by id: a staff member's name, else the Shopify user's id. */
  const personOf = (id: string) => staff.find((s) => s.id === id)?.name ?? `user ${id}`;
  return {staff, nameOf, personOf};
}
