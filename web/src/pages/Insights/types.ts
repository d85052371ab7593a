import type {TouchKind} from '../../api/types';

/** GET /api/insights (README, "Outcomes"). */
export interface Interval {
  low: number;
  high: number;
}
export interface Difference extends Interval {
  diff: number;
}
export type Arm = 'touched' | 'held_out' | 'untouched';
export type WindowDays = 30 | 60 | 90;

export interface ArmStats {
  customers: number;
  returned: number;
  repeatRate: number;
  repeatRateInterval: Interval | null;
  revenuePerCustomer: number;
  revenueInterval: Interval | null;
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
}

export interface InsightsReport {
  window: WindowDays;
  asOf: string;
  currency: string;
  holdoutPercent: number;
  attribution: string;
  groups: InsightsGroup[];
}

/** GET /api/insights/team */
export interface TeamWeeks {
  timezone: string;
  weeks: string[];
  people: {staffId: string; name: string; counts: number[]}[];
  unassigned: number[];
}
