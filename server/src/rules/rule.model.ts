import {Schema, type Connection, type Model, type Types} from 'mongoose';
import {TOUCH_KINDS, type RuleConditions, type RuleType, type TouchKind} from '../cadence/types';

/** A stored cadence rule. `key` is unique per shop: `default-*` for the defaults, random otherwise. */
export interface RuleDoc {
  _id: Types.ObjectId;
  shop: string;
  key: string;
  name: string;
  kind: TouchKind;
  type: RuleType;
  n?: number;
  dailyTarget?: number;
  priority: number;
  enabled: boolean;
  conditions: RuleConditions;
  /** Gift certificate amount in the shop's currency, for touches that include one. */
  giftAmount?: number;
  /** Cards and sticker notes: pen (absent) or print ("printed note"), copied onto each touch. */
  medium?: 'pen' | 'print';
}

const conditionsSchema = new Schema<RuleConditions>(
  {
    minOrderValue: Number,
    maxOrderValue: Number,
    channels: {type: [String], default: undefined},
    countries: {type: [String], default: undefined},
    customerTags: {type: [String], default: undefined},
    firstTimeCustomer: Boolean,
  },
  {_id: false},
);

const ruleSchema = new Schema<RuleDoc>(
  {
    shop: {type: String, required: true},
    key: {type: String, required: true},
    name: {type: String, required: true, maxlength: 120},
    kind: {type: String, enum: TOUCH_KINDS, required: true},
    type: {type: String, enum: ['every_nth', 'customer_nth', 'daily_target'], required: true},
    n: {type: Number, min: 1},
    dailyTarget: {type: Number, min: 1},
    priority: {type: Number, required: true},
    enabled: {type: Boolean, required: true},
    conditions: {type: conditionsSchema, default: () => ({})},
    giftAmount: {type: Number, min: 0},
    medium: {type: String, enum: ['pen', 'print']},
  },
  {versionKey: false, timestamps: true},
);
ruleSchema.index({shop: 1, key: 1}, {unique: true});

export type RuleModel = Model<RuleDoc>;

export function defineRuleModel(conn: Connection): RuleModel {
  return conn.model<RuleDoc>('Rule', ruleSchema, 'rules');
}
