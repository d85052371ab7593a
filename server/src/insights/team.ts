import {localDay} from '../counting/local-day';
import {weekStart} from '../staff/weekly-stats';
import type {Models} from '../db/models';
import type {ShopsService} from '../shops';

export interface TeamWeeks {
  timezone: string;
  /** Mondays (YYYY-MM-DD, the shop's time zone), oldest first; the last is this week. */
  weeks: string[];
  people: {staffId: string; name: string; counts: number[]}[];
  unassigned: number[];
}

interface DoneTouch {
  assignee: string | null;
  doneAt: Date | null;
}

/** The Mondays of the last `n` weeks up to the one containing `now`, oldest first. */
export function lastMondays(now: Date, timezone: string, n: number): string[] {
  const monday = new Date(`${weekStart(localDay(now, timezone))}T00:00:00Z`);
  return Array.from({length: n}, (_, i) =>
    new Date(monday.getTime() - (n - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

/**
 * Touches done per person per week. A touch counts for its assignee — the person whose touch it
 * was; `doneBy` is the Shopify user who pressed Done, who may be a manager clearing the queue.
 */
export function bucketByWeek(
  touches: DoneTouch[],
  names: Map<string, string>,
  weeks: string[],
  timezone: string,
): Omit<TeamWeeks, 'timezone'> {
  const index = new Map(weeks.map((w, i) => [w, i]));
  const counts = new Map<string, number[]>();
  const unassigned = weeks.map(() => 0);
  for (const t of touches) {
    const i = t.doneAt ? index.get(weekStart(localDay(t.doneAt, timezone))) : undefined;
    if (i === undefined) continue;
    if (!t.assignee) unassigned[i]!++;
    else {
      if (!counts.has(t.assignee))
        counts.set(
          t.assignee,
          weeks.map(() => 0),
        );
      counts.get(t.assignee)![i]!++;
    }
  }
  for (const id of names.keys())
    if (!counts.has(id))
      counts.set(
        id,
        weeks.map(() => 0),
      );
  const total = (c: number[]) => c.reduce((s, v) => s + v, 0);
  const people = [...counts]
    .map(([staffId, c]) => ({staffId, name: names.get(staffId) ?? 'Former staff', counts: c}))
    .sort((a, b) => total(b.counts) - total(a.counts) || a.name.localeCompare(b.name));
  return {weeks, people, unassigned};
}

/** GET /api/insights/team: done touches of the working set and the history in the window. */
export async function teamWeeks(
  {models, shops}: {models: Models; shops: ShopsService},
  shop: string,
  n: number,
  now = new Date(),
): Promise<TeamWeeks> {
  const {timezone} = await shops.ensureShop(shop);
  const weeks = lastMondays(now, timezone, n);
  // A day's margin either side covers every time zone.
  const since = new Date(new Date(`${weeks[0]}T00:00:00Z`).getTime() - 86_400_000);
  const filter = {shop, status: 'done' as const, doneAt: {$gte: since}};
  const fields = {assignee: 1, doneAt: 1};
  const [live, archived, staff] = await Promise.all([
    models.Touch.find(filter, fields).lean<(DoneTouch & {_id: unknown})[]>(),
    models.TouchArchive.find(filter, fields).lean<(DoneTouch & {_id: unknown})[]>(),
    models.Staff.find({shop}, {name: 1, active: 1}).lean(),
  ]);
  const unique = new Map([...archived, ...live].map((t) => [String(t._id), t]));
  // Active staff get a row even with nothing done; anyone else appears only when they did something.
  const active = new Map(staff.filter((s) => s.active).map((s) => [String(s._id), s.name]));
  const result = bucketByWeek([...unique.values()], active, weeks, timezone);
  const everyone = new Map(staff.map((s) => [String(s._id), s.name]));
  for (const p of result.people) p.name = everyone.get(p.staffId) ?? 'Former staff';
  return {timezone, ...result};
}
