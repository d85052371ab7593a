/** The kinds of human touch. */
export const TOUCH_KINDS = [
  'team_photo',
  'handwritten_card',
  'personal_email',
  'gift_card',
  'free_gift',
  'sticker_note',
  'phone_call',
  'answer_question',
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

/** A touch's status: open work, done, skipped (with its reason), or held out for the comparison. */
export const TOUCH_STATUSES = ['open', 'done', 'skipped', 'held_out'] as const;
export type TouchStatus = (typeof TOUCH_STATUSES)[number];

/** Why a rule firing did not become an open touch on the order it fired on (set by the engine). */
export const SKIP_REASONS = [
  'frequency_cap',
  'no_email',
  'no_marketing_consent',
  'pos_order',
  'order_cancelled',
  /** A box touch whose order shipped before it was packed (orders/fulfilled). */
  'already_shipped',
  'condition_not_met',
  'one_touch_per_order',
  'not_customer_order',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Reasons a person may give for skipping a touch by hand. */
export const MANUAL_SKIP_REASONS = [
  'customer_asked',
  'not_appropriate',
  'out_of_stock',
  'duplicate',
  'other',
] as const;
export type ManualSkipReason = (typeof MANUAL_SKIP_REASONS)[number];

/** A step of a touch's work, done by one person (docs/STAGES.md). */
export const STAGES = ['prepared', 'packed', 'written', 'sent', 'logged', 'answered'] as const;
export type Stage = (typeof STAGES)[number];

/** Each kind's stages in order; the last one finishes the touch (status `done`). */
export const STAGES_BY_KIND: Readonly<Record<TouchKind, readonly Stage[]>> = {
  team_photo: ['prepared', 'packed'],
  handwritten_card: ['prepared', 'packed'],
  free_gift: ['prepared', 'packed'],
  sticker_note: ['prepared', 'packed'],
  personal_email: ['written', 'sent'],
  gift_card: ['sent'],
  phone_call: ['logged'],
  answer_question: ['answered'],
};

/** How a rule decides that it fires. */
export const RULE_TYPES = ['every_nth', 'customer_nth', 'daily_target'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** The kinds a merchant's cadence rule may create (questions come from the order note alone). */
export const RULE_KINDS = [
  'team_photo',
  'handwritten_card',
  'personal_email',
  'gift_card',
  'free_gift',
  'sticker_note',
  'phone_call',
] as const satisfies readonly TouchKind[];

/** Where a note's words go: written by hand, or printed in the handwriting font. */
export const MEDIA = ['pen', 'print'] as const;
export type Medium = (typeof MEDIA)[number];

/** Box kinds whose words go on paper: a card or a sticky label, by hand or printed. */
export const WORDS_KINDS = [
  'handwritten_card',
  'sticker_note',
] as const satisfies readonly TouchKind[];

/**
 * How a touch's words reach the box. Cadence touches store their rule's medium (pen by default);
 * a touch stored without one keeps what it always did: a card is written by hand, a sticker note
 * given by hand from the order page is printed. Other kinds have no medium.
 */
export function mediumOf(kind: TouchKind, medium: Medium | null | undefined): Medium | null {
  if (!(WORDS_KINDS as readonly TouchKind[]).includes(kind)) return null;
  return medium ?? (kind === 'sticker_note' ? 'print' : 'pen');
}

/** A personal email's delivery state. */
export const EMAIL_STATES = ['queued', 'sending', 'sent', 'failed'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/** Label stocks the sticker printer lays out. */
export const LABEL_STOCKS = [
  'avery-5160',
  'avery-5163',
  'avery-22806',
  'a4-l7160',
  'thermal-4x6',
  'thermal-57x32',
] as const;
export type LabelStock = (typeof LABEL_STOCKS)[number];

/** How a printed note looks: the handwriting font, with or without a border. */
export const STICKER_STYLES = ['handwriting', 'handwriting_bordered'] as const;
export type StickerStyle = (typeof STICKER_STYLES)[number];

/** The print queue's views: stickers to print, printed and waiting for the packer, packed, all. */
export const QUEUE_STATES = ['to_print', 'to_pack', 'packed', 'all'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** How new touches find their person. */
export const ASSIGNMENT_MODES = ['none', 'round_robin', 'fixed_per_kind'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

export const STACKING_POLICIES = ['stack', 'one_per_order'] as const;
export type StackingPolicy = (typeof STACKING_POLICIES)[number];

/** Point-of-sale orders: not counted (default), counted without a touch, or counted and touched. */
export const POS_POLICIES = ['ignore', 'count_not_touch', 'count_and_touch'] as const;
export type PosPolicy = (typeof POS_POLICIES)[number];

/** Kinds that put something in the parcel: the writer prepares it, the packer packs it. */
export const BOX_KINDS = [
  'team_photo',
  'handwritten_card',
  'free_gift',
  'sticker_note',
] as const satisfies readonly TouchKind[];
