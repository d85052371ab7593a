import type {TouchKind} from '../../api/types';
import type {Rule, RuleDraft, RuleInput, RulePatch, Simulation} from './types';

/** Kinds a cadence rule may create (answer_question comes from the order note, not a rule). */
export const RULE_KINDS: TouchKind[] = [
  'team_photo',
  'handwritten_card',
  'personal_email',
  'gift_card',
  'free_gift',
  'sticker_note',
  'phone_call',
];

/** Kinds that carry a gift certificate: the form offers the amount for these (and shows any amount a rule has). */
export const GIFT_KINDS: readonly TouchKind[] = ['personal_email', 'gift_card'];

const ordinal = (n: number) => {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
};

/** "Every 10th order", "A customer's 3rd order", "5 a day": the rule's rhythm in plain words. */
export function rhythm(rule: Pick<Rule, 'type' | 'n' | 'dailyTarget'>): string {
  if (rule.type === 'daily_target')
    return `${rule.dailyTarget ?? '?'} a day, spread over the day's orders`;
  if (rule.type === 'customer_nth') return `A customer's ${ordinal(rule.n ?? 0)} order`;
  return rule.n === 1 ? 'Every order' : `Every ${ordinal(rule.n ?? 0)} order`;
}

/** The conditions in plain words, or null when the rule applies to every order. */
export function conditionsText(c: Rule['conditions']): string | null {
  const parts: string[] = [];
  if (c.minOrderValue !== undefined && c.maxOrderValue !== undefined)
    parts.push(`orders of ${c.minOrderValue}–${c.maxOrderValue}`);
  else if (c.minOrderValue !== undefined) parts.push(`orders of ${c.minOrderValue} or more`);
  else if (c.maxOrderValue !== undefined) parts.push(`orders up to ${c.maxOrderValue}`);
  if (c.channels?.length) parts.push(`from ${c.channels.join(', ')}`);
  if (c.countries?.length) parts.push(`shipping to ${c.countries.join(', ')}`);
  if (c.customerTags?.length) parts.push(`customers tagged ${c.customerTags.join(', ')}`);
  if (c.firstTimeCustomer) parts.push('first-time customers');
  return parts.length ? `Only ${parts.join('; ')}` : null;
}

/** Kinds whose words reach the customer on paper: by hand, or printed in a handwriting font. */
export const WORDS_KINDS: readonly string[] = ['handwritten_card', 'sticker_note'];

export const emptyDraft = (priority = 0): RuleDraft => ({
  name: '',
  kind: 'handwritten_card',
  type: 'every_nth',
  number: '25',
  giftAmount: '',
  medium: 'pen',
  minOrderValue: '',
  maxOrderValue: '',
  channels: '',
  countries: '',
  customerTags: '',
  firstTimeCustomer: false,
  enabled: true,
  priority,
});

export function draftOf(rule: Rule): RuleDraft {
  const c = rule.conditions;
  return {
    name: rule.name,
    kind: rule.kind,
    type: rule.type,
    number: String((rule.type === 'daily_target' ? rule.dailyTarget : rule.n) ?? ''),
    giftAmount: rule.giftAmount === null ? '' : String(rule.giftAmount),
    medium: rule.medium ?? 'pen',
    minOrderValue: c.minOrderValue === undefined ? '' : String(c.minOrderValue),
    maxOrderValue: c.maxOrderValue === undefined ? '' : String(c.maxOrderValue),
    channels: (c.channels ?? []).join(', '),
    countries: (c.countries ?? []).join(', '),
    customerTags: (c.customerTags ?? []).join(', '),
    firstTimeCustomer: Boolean(c.firstTimeCustomer),
    enabled: rule.enabled,
    priority: rule.priority,
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
/** A typed number; an empty or unreadable one is sent as NaN→null so the server names the field. */
const numberOf = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));

/** The form as the API's rule. Invalid numbers pass through (as null): the server's 400 names them. */
export function inputOf(d: RuleDraft): RuleInput {
  const conditions: RuleInput['conditions'] = {};
  if (d.minOrderValue.trim()) conditions.minOrderValue = numberOf(d.minOrderValue);
  if (d.maxOrderValue.trim()) conditions.maxOrderValue = numberOf(d.maxOrderValue);
  if (list(d.channels).length) conditions.channels = list(d.channels);
  if (list(d.countries).length)
    conditions.countries = list(d.countries).map((c) => c.toUpperCase());
  if (list(d.customerTags).length) conditions.customerTags = list(d.customerTags);
  if (d.firstTimeCustomer) conditions.firstTimeCustomer = true;
  const base = {
    name: d.name,
    kind: d.kind,
    priority: d.priority,
    enabled: d.enabled,
    conditions,
    ...(d.giftAmount.trim() ? {giftAmount: numberOf(d.giftAmount)} : {}),
    ...(WORDS_KINDS.includes(d.kind) ? {medium: d.medium} : {}),
  };
  return d.type === 'daily_target'
    ? {...base, type: 'daily_target', dailyTarget: numberOf(d.number)}
    : {...base, type: d.type, n: numberOf(d.number)};
}

export function inputOfRule(rule: Rule): RuleInput {
  return inputOf(draftOf(rule));
}

/** The rule set to simulate: the saved rules with the one being edited replaced (or added). */
export function candidateRules(
  saved: Rule[],
  draft: RuleDraft | null,
  editingId: string | null,
): RuleInput[] {
  const others = saved.filter((r) => r.id !== editingId).map(inputOfRule);
  return draft ? [...others, inputOf(draft)] : others;
}

/** True when every number in the rule set is usable, so a simulation request is worth sending. */
export function simulatable(rules: RuleInput[]): boolean {
  return rules.every((r) => {
    const n = r.type === 'daily_target' ? r.dailyTarget : r.n;
    const c = r.conditions;
    return (
      Number.isInteger(n) &&
      n >= 1 &&
      r.name.trim() !== '' &&
      [c.minOrderValue, c.maxOrderValue, r.giftAmount].every(
        (v) => v === undefined || Number.isFinite(v),
      )
    );
  });
}

/**
 * An edit of a saved rule. PATCH merges into what is stored, so a gift amount cleared in the
 * form is sent as null to take it away, and the priority is not sent at all.
 */
export function patchOf(d: RuleDraft, saved: Rule): RulePatch {
  // The form does not edit the rank: leaving it out keeps a reorder made while the form was open.
  const {priority: _rank, ...input} = inputOf(d);
  return saved.giftAmount !== null && input.giftAmount === undefined
    ? {...input, giftAmount: null}
    : input;
}

/**
 * The list with the rule at `index` one place up (-1) or down (+1); unchanged at either end.
 * The order is priority (highest first; it decides which touch wins when an order may get only
 * one), and POST /api/rules/reorder turns the whole order into priorities in one request.
 */
export function moved<T>(list: readonly T[], index: number, direction: -1 | 1): T[] {
  const next = [...list];
  const target = index + direction;
  if (index < 0 || target < 0 || index >= list.length || target >= list.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export interface KindRow {
  kind: TouchKind;
  now: number;
  candidate: number;
}

/** Touches per day by kind, before and after the change, for every kind either side has. */
export function kindRows(now: Simulation | null, candidate: Simulation | null): KindRow[] {
  const kinds = new Set<TouchKind>([
    ...Object.keys(now?.touchesPerDay ?? {}),
    ...Object.keys(candidate?.touchesPerDay ?? {}),
  ] as TouchKind[]);
  return [...kinds]
    .map((kind) => ({
      kind,
      now: now?.touchesPerDay[kind] ?? 0,
      candidate: candidate?.touchesPerDay[kind] ?? 0,
    }))
    .sort((a, b) => b.candidate - a.candidate || a.kind.localeCompare(b.kind));
}

/** Staff time a day against the team's: the share used and whether it is over. */
export function capacityUse(
  minutesPerDay: number,
  capacityMinutes: number,
): {percent: number; over: boolean; spareMinutes: number} {
  const percent =
    capacityMinutes > 0
      ? Math.round((minutesPerDay / capacityMinutes) * 100)
      : minutesPerDay > 0
        ? Infinity
        : 0;
  return {
    percent,
    over: minutesPerDay > capacityMinutes,
    spareMinutes: Math.round((capacityMinutes - minutesPerDay) * 10) / 10,
  };
}
