import { meetsConditions } from '../eligibility';
import type { RuleConditions } from '../types';
import { order } from './run-orders';

describe('rule conditions', () => {
  const first = { ordinal: 1, lastTouchedAt: null };
  it.each<[string, RuleConditions, object, boolean]>([
    ['min value met at the boundary', { minOrderValue: 40 }, {}, true],
    ['min value not met', { minOrderValue: 40.01 }, {}, false],
    ['max value met at the boundary', { maxOrderValue: 40 }, {}, true],
    ['max value exceeded', { maxOrderValue: 39.99 }, {}, false],
    ['channel allowed (case-insensitive)', { channels: ['WEB'] }, {}, true],
    ['channel not allowed', { channels: ['shopify_draft_order'] }, {}, false],
    ['country allowed', { countries: ['gb', 'IE'] }, {}, true],
    ['country not allowed', { countries: ['US'] }, {}, false],
    ['country unknown', { countries: ['GB'] }, { countryCode: null }, false],
    ['customer has one of the tags', { customerTags: [' VIP ', 'wholesale'] }, { customerTags: ['vip'] }, true],
    ['customer lacks the tags', { customerTags: ['vip'] }, { customerTags: ['newsletter'] }, false],
    ['no conditions', {}, {}, true],
  ])('when %s, then it is %s', (_name, conditions, facts, expected) => {
    expect(meetsConditions(conditions, order(1, facts), first)).toBe(expected);
  });

  it.each([
    [1, true],
    [2, false],
  ])('when first-time only and this is the customer’s order #%i, then eligibility is %s', (ordinal, expected) => {
    expect(meetsConditions({ firstTimeCustomer: true }, order(1), { ordinal, lastTouchedAt: null })).toBe(expected);
  });
});
