import { useEffect, useState } from 'react';
import { apiGet } from '../api/client';
import type { StaffMember } from '../api/types';

/** The shop's staff, for assignee pickers and names; empty (never an error) until profiles exist. */
export function useStaff() {
  const [staff, setStaff] = useState<StaffMember[]>([]);
  useEffect(() => {
    apiGet<{ staff: StaffMember[] }>('/api/staff').then((r) => setStaff(r.staff), () => setStaff([]));
  }, []);
  const nameOf = (id: string | null) => (id ? staff.find((s) => s.id === id)?.name ?? 'Someone no longer on the team' : null);
  return { staff, nameOf };
}
