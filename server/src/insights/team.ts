import {localDay} from '../counting/local-day';
import {weekStart} from '../staff/weekly-stats';
import type {Models} from '../db/models';
import type {ShopsService} from '../shops';
import {
  carriedOutSince,
  FOLLOW_UP_CAVEAT,
  FOLLOW_UP_DAYS,
  followUps,
  type FollowUp,
} from './follow-up';

/** The newest carried-out touches listed per person (the counts cover all of them). */
export const FOLLOW_UPS_LISTED = 25;

/** What followed one person's touches over the follow-up window. */
export interface PersonOutcomes {
  /** Touches this person carried out in the last FOLLOW_UP_DAYS days. */
  carriedOut: number;
  /** Of those, the ones whose customer ordered again after the touch was done. */
  returned: number;
  /** The newest of them, each with what followed. */
  touches: FollowUp[];
}

export interface TeamWeeks {
  timezone: string;
  /** Mondays (YYYY-MM-DD, the shop's time zone), oldest first; the last is this week. */
  weeks: string[];
  people: ({staffId: string; name: string; counts: number[]} & PersonOutcomes)[];
  unassigned: number[];
  followUp: {days: number; since: string; caveat: string};
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
): {
  weeks: string[];
  people: {staffId: string; name: string; counts: number[]}[];
  unassigned: number[];
} {
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
  const followSince = new Date(now.getTime() - FOLLOW_UP_DAYS * 86_400_000);
  const outcomes = await outcomesByPerson(models, shop, followSince);
  const people = result.people.map((p) => ({
    ...p,
    ...(outcomes.get(p.staffId) ?? {carriedOut: 0, returned: 0, touches: []}),
  }));
  return {
    timezone,
    ...result,
    people,
    followUp: {days: FOLLOW_UP_DAYS, since: followSince.toISOString(), caveat: FOLLOW_UP_CAVEAT},
  };
}

/** Each person's carried-out touches since `since` and what followed them (credited to the assignee). */
export async function outcomesByPerson(
  models: Models,
  shop: string,
  since: Date,
): Promise<Map<string, PersonOutcomes>> {
  const done = (await carriedOutSince(models, shop, since)).filter((t) => t.assignee);
  const followed = await followUps(models, shop, done);
  const out = new Map<string, PersonOutcomes>();
  done.forEach((t, i) => {
    const p = out.get(t.assignee!) ?? {carriedOut: 0, returned: 0, touches: []};
    const f = followed[i]!;
    p.carriedOut++;
    if (f.returnedAfterDays !== null) p.returned++;
    if (p.touches.length < FOLLOW_UPS_LISTED) p.touches.push(f);
    out.set(t.assignee!, p);
  });
  return out;
}
