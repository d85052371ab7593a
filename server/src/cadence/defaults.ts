import type {CadenceSettings, TouchKind} from './types';

/** Stacking as in the playbook, a 30-day cap, and POS customers left alone (they were just served). */
export const DEFAULT_CADENCE_SETTINGS: CadenceSettings = {
  stacking: 'stack',
  frequencyCapDays: 30,
  posOrders: 'ignore',
  requireEmailConsent: true,
};

/** A rule a new shop starts with; `key` makes seeding idempotent. */
export interface DefaultRuleTemplate {
  key: string;
  name: string;
  kind: TouchKind;
  type: 'every_nth';
  n: number;
  priority: number;
  /** Gift certificate amount in the shop's currency, for the personal email. */
  giftAmount?: number;
}

/** The playbook's rhythm (docs/PRODUCT.md "Cadence rules"); rarer touches have higher priority. */
export const DEFAULT_RULES: readonly DefaultRuleTemplate[] = [
  {
    key: 'default-team-photo',
    name: 'Team photo with a Thank you! sign',
    kind: 'team_photo',
    type: 'every_nth',
    n: 10,
    priority: 10,
  },
  {
    key: 'default-handwritten-card',
    name: 'Signed thank-you card',
    kind: 'handwritten_card',
    type: 'every_nth',
    n: 20,
    priority: 20,
  },
  {
    key: 'default-personal-email',
    name: 'Personal email with a gift certificate',
    kind: 'personal_email',
    type: 'every_nth',
    n: 50,
    priority: 30,
    giftAmount: 10,
  },
  {
    key: 'default-free-gift',
    name: 'Free gift in the box',
    kind: 'free_gift',
    type: 'every_nth',
    n: 100,
    priority: 40,
  },
];
