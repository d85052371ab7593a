import type {TouchKind} from '../../api/types';

/** GET /api/insights (docs/API.md, docs/INSIGHTS.md). */
export interface Interval {
  low: number;
  high: number;
}
export interface Difference extends Interval {
  diff: number;
}
export type Arm = 'touched' | 'held_out' | 'untouched';
export type WindowDays = 30 | 60 | 90 | 180;

export interface ArmStats {
  customers: number;
  returned: number;
  repeatRate: number;
  repeatRateInterval: Interval | null;
  revenuePerCustomer: number;
  revenueInterval: Interval | null;
  revenueMedian?: number;
  medianDaysToNext: number | null;
  notYetMatured: number;
}

export interface Verdict {
  status: 'no_holdout' | 'too_few' | 'not_yet' | 'positive' | 'negative';
  sentence: string;
  heldOutNeeded?: number;
}

export interface InsightsGroup {
  kind: 'overall' | TouchKind;
  arms: Record<Arm, ArmStats | null>;
  repeatLift: Difference | null;
  revenueLift: Difference | null;
  verdict: Verdict;
  exploratory?: true;
  detectable?: Detectable;
}

/** The smallest relative lift a comparison can see now, and when bigger ones show. */
export interface Detectable {
  baselineRate: number | null;
  minDetectableLift: number | null;
  minDetectablePoints: number | null;
  perMonth: number;
  visibleBy: {lift: number; date: string | null}[];
  sentence: string;
}

/** Picked vs every eligible customer not picked, checked by the random holdout. */
export interface Pooled {
  arms: Record<'picked' | 'held_out' | 'not_picked', ArmStats | null>;
  carriedOut: {picked: number; done: number; share: number | null};
  repeatLift: Difference | null;
  revenueLift: Difference | null;
  verdict: {status: 'positive' | 'negative' | 'not_yet' | 'too_few'; sentence: string};
  detectable: Detectable;
  check: {
    status: 'agree' | 'disagree' | 'too_few' | 'no_holdout';
    sentence: string;
    heldOutVsNotPicked: Difference | null;
  };
}

/** Cards and stickers by medium, personal emails by gift card (exploratory). */
export interface TouchArms {
  exploratory: true;
  arms: Record<
    'pen' | 'print' | 'email_with_gift_card' | 'email_without_gift_card',
    ArmStats | null
  >;
  contrasts: {penVsPrint: Difference | null; giftCardVsWithout: Difference | null};
}

/** Picked vs not picked among first-time and among returning customers. */
export interface Segment {
  picked: ArmStats | null;
  notPicked: ArmStats | null;
  repeatLift: Difference | null;
}

export interface InsightsReport {
  window: WindowDays;
  asOf: string;
  currency: string;
  holdoutPercent: number;
  attribution: string;
  pooled?: Pooled;
  touchArms?: TouchArms;
  segments?: {firstTime: Segment; returning: Segment};
  groups: InsightsGroup[];
}

/** GET /api/insights/team */
/** What followed one carried-out touch (GET /api/insights/team, and a touch's `followUp`). */
export interface FollowUp {
  touchId: string;
  kind: string;
  orderName: string;
  customerName: string | null;
  doneAt: string;
  /** Days from the touch being done to the customer's next order; null: not (yet) back. */
  returnedAfterDays: number | null;
  returnedOrderName: string | null;
  giftCard: boolean;
}

export interface TeamWeeks {
  timezone: string;
  weeks: string[];
  people: {
    staffId: string;
    name: string;
    counts: number[];
    carriedOut: number;
    returned: number;
    touches: FollowUp[];
  }[];
  unassigned: number[];
  followUp: {days: number; since: string; caveat: string};
}

/** GET /api/insights/questions: what customers keep asking, per product. */
export interface QuestionGroup {
  product: {gid: string | null; title: string; adminUrl: string | null} | null;
  question: string;
  count: number;
  orders: {orderGid: string; orderName: string; askedAt: string; adminUrl: string | null}[];
  answers: {orderName: string; text: string; by: string | null; at: string | null}[];
}

export interface QuestionsReport {
  days: 30 | 90;
  since: string;
  questions: number;
  groups: QuestionGroup[];
}
