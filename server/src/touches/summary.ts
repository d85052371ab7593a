import {Router} from 'express';
import {MINUTES_PER_TOUCH, TOUCH_KINDS, type TouchKind} from '../cadence';
import {localDay} from '../counting/local-day';
import type {ShopsService} from '../shops';
import {dueAfter} from './touches.service';
import type {TouchDoc} from './touch.model';
import type {WorkingSet} from './working-set';

/** The team's capacity for a day: the sum over active staff (the staff module provides it). */
export type StaffCapacity = (shop: string) => Promise<{activeStaff: number; minutes: number}>;

type Counts = {
  open: number;
  dueToday: number;
  overdue: number;
  doneToday: number;
  skippedToday: number;
};
const zero = (): Counts => ({open: 0, dueToday: 0, overdue: 0, doneToday: 0, skippedToday: 0});

const MISSED_WINDOW_MS = 30 * 86_400_000;

/** A box touch ended by its order shipping first, in the last 30 days (the working set keeps 35). */
export const isMissedShipped = (t: TouchDoc, now: Date) =>
  t.status === 'skipped' &&
  t.skipReason === 'already_shipped' &&
  now.getTime() - t.updatedAt.getTime() <= MISSED_WINDOW_MS;

/**
 * Today at a glance, in the shop's time zone: open touches, those due by the end of today (overdue
 * included) and done today, per kind and in total, and the minutes the due ones take against the
 * team's capacity. Computed from the working set (no extra database read beyond its version).
 */
export function summarize(
  touches: TouchDoc[],
  timezone: string,
  now: Date,
  capacity: {activeStaff: number; minutes: number},
) {
  const today = localDay(now, timezone);
  const total = zero();
  const byKind = new Map<TouchKind, Counts>();
  let minutesDue = 0;
  const missed = {today: 0, last30Days: 0};
  for (const t of touches) {
    if (isMissedShipped(t, now)) {
      missed.last30Days++;
      if (localDay(t.updatedAt, timezone) === today) missed.today++;
    }
    const k = byKind.get(t.kind) ?? zero();
    const add = (key: keyof Counts) => {
      total[key]++;
      k[key]++;
    };
    if (t.status === 'open') {
      add('open');
      const due = t.dueAt ?? dueAfter(t.orderCreatedAt);
      if (localDay(due, timezone) <= today) {
        add('dueToday');
        minutesDue += MINUTES_PER_TOUCH[t.kind];
        if (due < now) add('overdue');
      }
    } else if (t.status === 'done' && t.doneAt && localDay(t.doneAt, timezone) === today)
      add('doneToday');
    else if (t.status === 'skipped' && localDay(t.updatedAt, timezone) === today)
      add('skippedToday');
    byKind.set(t.kind, k);
  }
  return {
    day: today,
    timezone,
    ...total,
    /** Box touches that missed their parcel: the order shipped before they were packed. */
    missedShipped: missed,
    byKind: TOUCH_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
      kind,
      ...byKind.get(kind)!,
    })),
    capacity: {
      activeStaff: capacity.activeStaff,
      minutesAvailable: capacity.minutes,
      minutesDue,
      minutesPerTouch: MINUTES_PER_TOUCH,
    },
  };
}

/** GET /api/summary — today's counts and capacity for the token's shop. */
export function summaryRouter({
  workingSet,
  shops,
  staffCapacity,
}: {
  workingSet: WorkingSet;
  shops: ShopsService;
  staffCapacity: StaffCapacity;
}): Router {
  const router = Router();
  router.get('/api/summary', async (_req, res) => {
    const shop = res.locals.shop as string;
    const settings = await shops.ensureShop(shop);
    res.json(
      summarize(
        await workingSet.read(shop),
        settings.timezone,
        new Date(),
        await staffCapacity(shop),
      ),
    );
  });
  return router;
}
