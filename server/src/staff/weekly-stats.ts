import {localDay} from '../counting/local-day';

/** The part of a touch the weekly count reads. */
export interface DoneTouch {
  status: string;
  assignee: string | null;
  doneBy: string | null;
  doneAt: Date | null;
  /** The stages reached, each with the staff profile of who did it (docs/STAGES.md). */
  stages?: {staffId: string | null}[];
}

export interface DoneStats {
  doneThisWeek: number;
  doneToday: number;
}

/** The Monday (YYYY-MM-DD) of the week containing `day`. */
export function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Done touches per staff member in the shop's current week (Monday to today, in its time zone)
 * and today. A touch counts for whoever it was assigned to, whoever marked it done, and each
 * person who did one of its stages (the writer who prepared a card and the packer who packed it).
 */
export function doneStats(
  touches: Iterable<DoneTouch>,
  staffIds: string[],
  timezone: string,
  now: Date,
): Map<string, DoneStats> {
  const stats = new Map(staffIds.map((id) => [id, {doneThisWeek: 0, doneToday: 0}]));
  const today = localDay(now, timezone);
  const monday = weekStart(today);
  // A week plus a day either side covers every time zone; cheaper than formatting every date.
  const earliest = now.getTime() - 8 * 86_400_000;
  for (const t of touches) {
    if (t.status !== 'done' || !t.doneAt || t.doneAt.getTime() < earliest) continue;
    const day = localDay(t.doneAt, timezone);
    if (day < monday || day > today) continue;
    for (const id of new Set([t.assignee, t.doneBy, ...(t.stages ?? []).map((s) => s.staffId)])) {
      const s = id ? stats.get(id) : undefined;
      if (!s) continue;
      s.doneThisWeek++;
      if (day === today) s.doneToday++;
    }
  }
  return stats;
}
