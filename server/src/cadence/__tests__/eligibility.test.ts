import {DEFAULT_CADENCE_SETTINGS} from '../defaults';
import {meetsConditions, skipReasonFor} from '../eligibility';
import type {
  CadenceRule,
  CadenceSettings,
  CustomerFacts,
  OrderFacts,
  RuleConditions,
  SkipReason,
  TouchKind,
} from '../types';
import {order} from './run-orders';

const first: CustomerFacts = {ordinal: 1, lastTouchedAt: null};

describe('rule conditions', () => {
  it.each<[string, RuleConditions, Partial<OrderFacts>, boolean]>([
    ['min value met at the boundary', {minOrderValue: 40}, {}, true],
    ['min value not met', {minOrderValue: 40.01}, {}, false],
    ['max value met at the boundary', {maxOrderValue: 40}, {}, true],
    ['max value exceeded', {maxOrderValue: 39.99}, {}, false],
    ['value inside a range', {minOrderValue: 20, maxOrderValue: 60}, {}, true],
    ['value outside a range', {minOrderValue: 50, maxOrderValue: 60}, {}, false],
    ['channel allowed (case-insensitive)', {channels: ['WEB']}, {}, true],
    ['channel not allowed', {channels: ['shopify_draft_order']}, {}, false],
    ['channel list empty', {channels: []}, {}, true],
    ['country allowed', {countries: ['gb', 'IE']}, {}, true],
    ['country not allowed', {countries: ['US']}, {}, false],
    ['country unknown', {countries: ['GB']}, {countryCode: null}, false],
    [
      'customer has one of the tags',
      {customerTags: [' VIP ', 'wholesale']},
      {customerTags: ['vip']},
      true,
    ],
    ['customer tag padded and upper-case', {customerTags: ['vip']}, {customerTags: [' VIP']}, true],
    ['customer lacks the tags', {customerTags: ['vip']}, {customerTags: ['newsletter']}, false],
    ['customer has no tags', {customerTags: ['vip']}, {customerTags: []}, false],
    [
      'every condition holds',
      {minOrderValue: 10, channels: ['web'], countries: ['GB'], firstTimeCustomer: true},
      {},
      true,
    ],
    ['one of several fails', {minOrderValue: 10, channels: ['web'], countries: ['FR']}, {}, false],
    ['no conditions', {}, {}, true],
  ])('when %s, then it is %s', (_name, conditions, facts, expected) => {
    expect(meetsConditions(conditions, order(1, facts), first)).toBe(expected);
  });

  it.each([
    [1, true],
    [2, false],
  ])(
    'when first-time only and this is the customer’s order #%i, then eligibility is %s',
    (ordinal, expected) => {
      expect(
        meetsConditions({firstTimeCustomer: true}, order(1), {ordinal, lastTouchedAt: null}),
      ).toBe(expected);
    },
  );
});

describe('skipReasonFor', () => {
  const rule = (kind: TouchKind, conditions: RuleConditions = {}): CadenceRule => ({
    id: 'r',
    kind,
    type: 'every_nth',
    n: 10,
    priority: 1,
    enabled: true,
    conditions,
  });
  const at = order(1).createdAt.getTime();
  const daysAgo = (d: number): CustomerFacts => ({
    ordinal: 2,
    lastTouchedAt: new Date(at - d * 86_400_000),
  });
  const pos: Partial<OrderFacts> = {sourceName: 'pos'};
  const notPos: Partial<CadenceSettings> = {posOrders: 'count_not_touch'};

  it.each<
    [
      string,
      CadenceRule,
      Partial<OrderFacts>,
      CustomerFacts,
      Partial<CadenceSettings>,
      SkipReason | null,
    ]
  >([
    ['an eligible order', rule('team_photo'), {}, first, {}, null],
    [
      'a cancelled POS order',
      rule('team_photo'),
      {...pos, cancelled: true},
      first,
      notPos,
      'order_cancelled',
    ],
    [
      'a POS order when POS is counted, not touched',
      rule('team_photo'),
      pos,
      first,
      notPos,
      'pos_order',
    ],
    [
      'a POS order when POS is touched too',
      rule('team_photo'),
      pos,
      first,
      {posOrders: 'count_and_touch'},
      null,
    ],
    [
      'a POS order failing a condition',
      rule('team_photo', {minOrderValue: 99}),
      pos,
      first,
      notPos,
      'pos_order',
    ],
    [
      'a failed condition and no email',
      rule('personal_email', {minOrderValue: 99}),
      {hasEmail: false},
      first,
      {},
      'condition_not_met',
    ],
    [
      'an email without an address or consent',
      rule('personal_email'),
      {hasEmail: false, acceptsMarketing: false},
      first,
      {},
      'no_email',
    ],
    ['a gift card without an address', rule('gift_card'), {hasEmail: false}, first, {}, 'no_email'],
    ['a gift card without consent', rule('gift_card'), {acceptsMarketing: false}, first, {}, null],
    ['a card without an address', rule('handwritten_card'), {hasEmail: false}, first, {}, null],
    [
      'an email without consent',
      rule('personal_email'),
      {acceptsMarketing: false},
      first,
      {},
      'no_marketing_consent',
    ],
    [
      'an email without consent when none is required',
      rule('personal_email'),
      {acceptsMarketing: false},
      first,
      {requireEmailConsent: false},
      null,
    ],
    [
      'no consent and a recent touch',
      rule('personal_email'),
      {acceptsMarketing: false},
      daysAgo(1),
      {},
      'no_marketing_consent',
    ],
    [
      'a customer touched 29.9 days ago',
      rule('team_photo'),
      {},
      daysAgo(29.9),
      {},
      'frequency_cap',
    ],
    ['a customer touched exactly 30 days ago', rule('team_photo'), {}, daysAgo(30), {}, null],
    [
      'a recent touch with the cap off',
      rule('team_photo'),
      {},
      daysAgo(1),
      {frequencyCapDays: 0},
      null,
    ],
    ['a guest with a recent touch', rule('team_photo'), {customerGid: null}, daysAgo(1), {}, null],
    [
      'a guest email without an address',
      rule('personal_email'),
      {customerGid: null, hasEmail: false},
      daysAgo(1),
      {},
      'no_email',
    ],
  ])(
    'when the engine looks at %s, then the skip reason is %s',
    (_name, r, facts, customer, settings, expected) => {
      expect(
        skipReasonFor(r, order(1, facts), customer, {...DEFAULT_CADENCE_SETTINGS, ...settings}),
      ).toBe(expected);
    },
  );
});
