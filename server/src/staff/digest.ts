import type {Transporter} from 'nodemailer';
import type {TouchKind} from '../cadence/types';
import {dayStart, localDay} from '../counting/local-day';
import type {Models} from '../db/models';
import {BadRequestError} from '../errors';
import {carriedOutSince, FOLLOW_UP_CAVEAT, FOLLOW_UP_DAYS, followUps} from '../insights/follow-up';
import type {JobQueue} from '../jobs';
import type {JobDoc} from '../jobs/job.model';
import type {Logger} from '../logger';
import type {ShopsService} from '../shops';
import {findStaff} from './staff-id';
import {weekStart} from './weekly-stats';

/** What the digest calls each kind, in a sentence ("3 handwritten cards"). */
const KIND_WORDS: Record<TouchKind, [string, string]> = {
  team_photo: ['team photo', 'team photos'],
  handwritten_card: ['handwritten card', 'handwritten cards'],
  free_gift: ['free gift', 'free gifts'],
  sticker_note: ['sticker note', 'sticker notes'],
  personal_email: ['personal email', 'personal emails'],
  gift_card: ['gift card', 'gift cards'],
  phone_call: ['phone call', 'phone calls'],
  answer_question: ['question answered', 'questions answered'],
};
const counted = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** The days a digest covers, in the shop's calendar: `from` to `to`, both included. */
export interface DigestPeriod {
  from: string;
  to: string;
}

export interface Digest {
  to: string;
  subject: string;
  text: string;
  /** Nothing done and nothing came back: no email is sent for such a week. */
  quiet: boolean;
}

type Deps = {
  models: Models;
  shops: ShopsService;
  jobs: JobQueue;
  transport: Transporter;
  fromAddress: string;
  shopName: (shop: string) => Promise<string>;
  logger: Logger;
};

/** The week that ended before the one containing `now` (Monday to Sunday, the shop's calendar). */
export function lastWeek(now: Date, timezone: string): DigestPeriod {
  const monday = weekStart(localDay(now, timezone));
  return {
    from: dayStart(monday, -7).toISOString().slice(0, 10),
    to: dayStart(monday, -1).toISOString().slice(0, 10),
  };
}

/**
 * The weekly digest (opt-in per person): what they carried out, whose customers came back after
 * one of their touches, and the questions the team answered. Customers are named only when the
 * shop lets personal data out of the app (Settings, "customer names in exports"); otherwise by order.
 */
export function createTeamDigest(deps: Deps) {
  const {models, shops, jobs, transport, logger} = deps;

  async function compose(shop: string, staffId: string, period: DigestPeriod): Promise<Digest> {
    const staff = await findStaff(models.Staff, shop, staffId);
    if (!staff.replyToEmail)
      throw new BadRequestError(`${staff.name} has no email address to send the digest to`);
    const settings = await shops.ensureShop(shop);
    const tz = settings.timezone;
    const inPeriod = (at: Date) => {
      const day = localDay(at, tz);
      return day >= period.from && day <= period.to;
    };
    // A day's margin either side of the period covers every time zone.
    const from = dayStart(period.from, -1);
    const until = dayStart(period.to, 2);
    const followSince = new Date(from.getTime() - FOLLOW_UP_DAYS * 86_400_000);
    const theirs = (await carriedOutSince(models, shop, followSince, until)).filter(
      (t) => t.assignee === staffId,
    );
    const done = theirs.filter((t) => inPeriod(new Date(t.doneAt)));
    const followed = await followUps(models, shop, theirs);
    const cameBack = followed.filter(
      (f) =>
        f.returnedAfterDays !== null &&
        inPeriod(new Date(new Date(f.doneAt).getTime() + f.returnedAfterDays * 86_400_000)),
    );
    const answered = await models.Touch.find(
      {shop, kind: 'answer_question', status: 'done', doneAt: {$gte: from, $lt: until}},
      {orderName: 1, doneAt: 1, assignee: 1},
    ).lean();
    const answeredInPeriod = answered.filter((a) => a.doneAt && inPeriod(a.doneAt));
    const who = (name: string | null, orderName: string) =>
      settings.exportPersonalData && name
        ? `${name.split(' ')[0]} (${orderName})`
        : `the customer of ${orderName}`;

    const byKind = new Map<TouchKind, number>();
    for (const t of done) byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
    const shopName = await deps.shopName(shop);
    const lines = [
      `Hi ${staff.name.split(' ')[0]},`,
      '',
      `Your week of human touches at ${shopName}, ${period.from} to ${period.to}.`,
      '',
      'What you did:',
      ...(done.length
        ? [...byKind].map(([kind, n]) => `  - ${counted(n, KIND_WORDS[kind])}`)
        : ['  - No touches carried out this week.']),
      '',
      'Who came back:',
      ...(cameBack.length
        ? cameBack.map(
            (f) =>
              `  - ${who(f.customerName, f.orderName)} ordered again (${f.returnedOrderName}), ` +
              `${f.returnedAfterDays} days after your ${KIND_WORDS[f.kind][0]}.`,
          )
        : ['  - Nobody this week. Returns often take weeks: keep going.']),
      '',
      `Questions the team answered: ${answeredInPeriod.length}` +
        (answeredInPeriod.filter((a) => a.assignee === staffId).length
          ? ` (${answeredInPeriod.filter((a) => a.assignee === staffId).length} by you)`
          : ''),
      '',
      FOLLOW_UP_CAVEAT,
      '',
      `You get this because you turned on the weekly digest on the Team page of ${shopName}; ` +
        'turn it off there.',
    ];
    return {
      to: staff.replyToEmail,
      subject: `Your week of human touches at ${shopName}`,
      text: lines.join('\n'),
      quiet: done.length === 0 && cameBack.length === 0,
    };
  }

  /** The `team.digest` job: one person's digest of one period, sent once (the job's unique key). */
  async function sendJob(job: JobDoc) {
    const {staffId, from, to, force} = job.payload as DigestPeriod & {
      staffId: string;
      force?: boolean;
    };
    const staff = await findStaff(models.Staff, job.shop, staffId).catch(() => null);
    if (!staff || !staff.replyToEmail || (!force && (!staff.active || !staff.weeklyDigest)))
      return {sent: false, reason: 'not_subscribed'};
    const digest = await compose(job.shop, staffId, {from, to});
    if (digest.quiet && !force) return {sent: false, reason: 'quiet_week'};
    await transport.sendMail({
      from: {name: await deps.shopName(job.shop), address: deps.fromAddress},
      to: digest.to,
      subject: digest.subject,
      text: digest.text,
      headers: {'X-Human-Touch': `digest ${staffId} ${from}`},
    });
    logger.info({shop: job.shop, staffId, from, to}, 'team digest sent');
    return {sent: true};
  }

  /** Queues last week's digest for everyone who opted in, once per person and week (hourly is fine). */
  async function schedule(now = new Date()) {
    const subscribed = await models.Staff.find(
      {weeklyDigest: true, active: true, replyToEmail: {$ne: null}},
      {shop: 1},
    ).lean();
    for (const s of subscribed) {
      const {timezone} = await shops.ensureShop(s.shop);
      const period = lastWeek(now, timezone);
      await jobs.enqueue({
        shop: s.shop,
        type: 'team.digest',
        uniqueKey: `digest:${s.shop}:${String(s._id)}:${period.from}`,
        payload: {staffId: String(s._id), ...period},
      });
    }
  }

  /** "Send me a sample": the last seven days' digest of one person, now, even if quiet. */
  async function sendSample(shop: string, staffId: string, now = new Date()) {
    const staff = await findStaff(models.Staff, shop, staffId);
    if (!staff.replyToEmail)
      throw new BadRequestError(`${staff.name} has no email address to send the digest to`);
    const {timezone} = await shops.ensureShop(shop);
    const today = localDay(now, timezone);
    const period = {from: dayStart(today, -6).toISOString().slice(0, 10), to: today};
    await jobs.enqueue({
      shop,
      type: 'team.digest',
      uniqueKey: `digest:${shop}:${staffId}:sample:${now.toISOString().slice(0, 16)}`,
      payload: {staffId, ...period, force: true},
      maxAttempts: 5,
    });
    return period;
  }

  return {compose, sendJob, schedule, sendSample};
}

export type TeamDigest = ReturnType<typeof createTeamDigest>;
