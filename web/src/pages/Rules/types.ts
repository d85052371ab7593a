import type {TouchKind} from '../../api/types';

export type RuleType = 'every_nth' | 'customer_nth' | 'daily_target';

export interface RuleConditions {
  minOrderValue?: number;
  maxOrderValue?: number;
  channels?: string[];
  countries?: string[];
  customerTags?: string[];
  firstTimeCustomer?: boolean;
}

/** A saved rule (GET /api/rules). */
export interface Rule {
  id: string;
  key: string;
  name: string;
  kind: TouchKind;
  type: RuleType;
  n: number | null;
  dailyTarget: number | null;
  priority: number;
  enabled: boolean;
  conditions: RuleConditions;
  giftAmount: number | null;
  /** Cards and sticker notes: written by hand (pen) or printed in a handwriting font; null otherwise. */
  medium?: 'pen' | 'print' | null;
}

/** A rule as the API accepts it (POST, PATCH, simulate). */
export type RuleInput = {
  name: string;
  kind: TouchKind;
  type: RuleType;
  priority: number;
  enabled: boolean;
  conditions: RuleConditions;
  giftAmount?: number;
  medium?: 'pen' | 'print';
} & ({type: 'every_nth' | 'customer_nth'; n: number} | {type: 'daily_target'; dailyTarget: number});

type AsPatch<T> = T extends unknown
  ? Omit<T, 'giftAmount' | 'priority'> & {giftAmount?: number | null}
  : never;
/** A PATCH /api/rules/:id body from the form: no priority (reorder sets it); `giftAmount: null` removes the rule's own amount. */
export type RulePatch = AsPatch<RuleInput>;

/** The form's state: text as typed, so a half-typed number is not lost. */
export interface RuleDraft {
  name: string;
  kind: TouchKind;
  type: RuleType;
  number: string;
  giftAmount: string;
  medium: 'pen' | 'print';
  minOrderValue: string;
  maxOrderValue: string;
  channels: string;
  countries: string;
  customerTags: string;
  firstTimeCustomer: boolean;
  enabled: boolean;
  priority: number;
}

/** POST /api/rules/simulate */
export interface Simulation {
  basis: 'recent_orders' | 'what_if';
  days: number;
  ordersPerDay: number;
  touchesPerDay: Partial<Record<TouchKind, number>>;
  skippedPerDay: number;
  staffMinutesPerDay: number;
  giftSpendPerDay: number;
}
