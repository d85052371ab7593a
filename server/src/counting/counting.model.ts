import {Schema, type Connection, type Model} from 'mongoose';
import type {DailyTargetState, PendingFiring} from '../cadence/types';
import {orderFactsFields, type OrderFactsDoc} from '../intake/order.model';

/**
 * The source of truth for counting: one document per counted order, `_id` = `<shop>|<sequence>`
 * and unique on (shop, orderGid), so a number is taken by one order and an order takes one
 * number, without transactions (FerretDB v1 has none). Carries the order's facts so the
 * cadence runner reads counted orders in one pass. See docs/INTAKE.md.
 */
export interface OrderSequenceDoc {
  _id: string;
  shop: string;
  sequence: number;
  orderGid: string;
  facts: OrderFactsDoc;
}

/** A hint of the highest sequence taken; never above a number that really exists. */
export interface ShopCounterDoc {
  _id: string;
  last: number;
}

/** The per-shop cadence cursor: sequences up to `cursor` have been decided. */
export interface CadenceStateDoc {
  _id: string;
  cursor: number;
  /** Bumped by every kick; the lease holder re-checks it before letting go. */
  wanted: number;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  pending: PendingFiring[];
  daily: DailyTargetState[];
  /** Round-robin position: bumped once per order that got an open touch (touches/assign.ts). */
  turn?: number;
}

/** Insert-only history of a customer: their counted orders and the touches they got. */
export interface CustomerMarkDoc {
  _id: string;
  shop: string;
  customerGid: string;
  type: 'order' | 'touch' | 'withdrawn';
  sequence: number;
  at: Date;
  touchKey: string | null;
}

const sequenceSchema = new Schema<OrderSequenceDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    sequence: {type: Number, required: true},
    orderGid: {type: String, required: true},
    facts: {type: new Schema(orderFactsFields, {_id: false}), required: true},
  },
  {versionKey: false},
);
sequenceSchema.index({shop: 1, orderGid: 1}, {unique: true});
sequenceSchema.index({shop: 1, sequence: 1});

const counterSchema = new Schema<ShopCounterDoc>(
  {_id: {type: String, required: true}, last: {type: Number, default: 0}},
  {versionKey: false},
);

const cadenceSchema = new Schema<CadenceStateDoc>(
  {
    _id: {type: String, required: true},
    cursor: {type: Number, default: 0},
    wanted: {type: Number, default: 0},
    leaseOwner: {type: String, default: null},
    leaseUntil: {type: Date, default: null},
    pending: {type: Schema.Types.Mixed, default: () => []},
    daily: {type: Schema.Types.Mixed, default: () => []},
    turn: {type: Number, default: 0},
  },
  {versionKey: false},
);

const markSchema = new Schema<CustomerMarkDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    customerGid: {type: String, required: true},
    type: {type: String, enum: ['order', 'touch', 'withdrawn'], required: true},
    sequence: {type: Number, required: true},
    at: {type: Date, required: true},
    touchKey: {type: String, default: null},
  },
  {versionKey: false},
);
markSchema.index({shop: 1, customerGid: 1});

/**
 * The shop's holdout seed (`_id` = shop): every holdout draw is reproducible from it (cadence/holdout.ts).
 * Created once by a unique insert, so racing cadence runners agree on it without a transaction.
 */
export interface HoldoutSeedDoc {
  _id: string;
  seed: string;
  createdAt: Date;
}

const holdoutSeedSchema = new Schema<HoldoutSeedDoc>(
  {
    _id: {type: String, required: true},
    seed: {type: String, required: true},
    createdAt: {type: Date, required: true},
  },
  {versionKey: false},
);

export const sequenceKey = (shop: string, sequence: number) => `${shop}|${sequence}`;

export function defineCountingModels(conn: Connection) {
  return {
    OrderSequence: conn.model<OrderSequenceDoc>(
      'OrderSequence',
      sequenceSchema,
      'order_sequences',
    ) as Model<OrderSequenceDoc>,
    ShopCounter: conn.model<ShopCounterDoc>(
      'ShopCounter',
      counterSchema,
      'shop_counters',
    ) as Model<ShopCounterDoc>,
    CadenceState: conn.model<CadenceStateDoc>(
      'CadenceState',
      cadenceSchema,
      'cadence_states',
    ) as Model<CadenceStateDoc>,
    CustomerMark: conn.model<CustomerMarkDoc>(
      'CustomerMark',
      markSchema,
      'customer_marks',
    ) as Model<CustomerMarkDoc>,
    HoldoutSeed: conn.model<HoldoutSeedDoc>(
      'HoldoutSeed',
      holdoutSeedSchema,
      'holdout_seeds',
    ) as Model<HoldoutSeedDoc>,
  };
}

export type CountingModels = ReturnType<typeof defineCountingModels>;
