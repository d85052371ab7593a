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
  /**
   * Who did something, by the id recorded (a profile's, or the Shopify user's from the session):
   * the person's name; someone with no Team profile is named as such, never by a number.
   */
  const personOf = (id: string) =>
    staff.find((s) => s.id === id)?.name ?? 'a Shopify staff member without a Team profile';
  return {staff, nameOf, personOf};
}
