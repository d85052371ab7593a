import {Schema, type Connection, type Model} from 'mongoose';

export type NotCountedReason = 'test_order' | 'cancelled_at_creation' | 'pos_order';

/** The minimised facts of an order, as of orders/create (immutable afterwards). */
export interface OrderFactsDoc {
  orderGid: string;
  name: string;
  orderCreatedAt: Date;
  totalPrice: number;
  currency: string;
  sourceName: string;
  countryCode: string | null;
  /** Missing on orders stored before these were kept: read as null and []. */
  shipCity?: string | null;
  items?: {title: string; quantity: number; productGid?: string | null}[];
  note: string | null;
  hasEmail: boolean;
  acceptsMarketing: boolean;
  customerGid: string | null;
  customerName: string | null;
  customerTags: string[];
}

/**
 * An order that takes no place in the count (test, cancelled at creation, POS), inserted once
 * (`_id` = `<shop>|<order GID>`). Counted orders live in `order_sequences` with their facts:
 * one insert per order on the hot path instead of two (docs/FERRETDB.md).
 */
export interface UncountedOrderDoc extends OrderFactsDoc {
  _id: string;
  shop: string;
  test: boolean;
  notCountedReason: NotCountedReason;
}

export const orderFactsFields = {
  orderGid: {type: String, required: true},
  name: {type: String, required: true},
  orderCreatedAt: {type: Date, required: true},
  totalPrice: {type: Number, required: true},
  currency: {type: String, default: ''},
  sourceName: {type: String, default: ''},
  countryCode: {type: String, default: null},
  shipCity: {type: String, default: null},
  items: {
    type: [
      new Schema(
        {
          title: {type: String, required: true},
          quantity: {type: Number, required: true},
          productGid: {type: String, default: null},
        },
        {_id: false},
      ),
    ],
    default: [],
  },
  note: {type: String, default: null},
  hasEmail: {type: Boolean, default: false},
  acceptsMarketing: {type: Boolean, default: false},
  customerGid: {type: String, default: null},
  customerName: {type: String, default: null},
  customerTags: {type: [String], default: []},
};

const orderSchema = new Schema<UncountedOrderDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    ...orderFactsFields,
    test: {type: Boolean, default: false},
    notCountedReason: {type: String, required: true},
  },
  {versionKey: false, timestamps: true},
);
orderSchema.index({shop: 1, customerGid: 1});

/** An orders/cancelled seen for an order (insert-only; may arrive before orders/create). */
export interface OrderCancellationDoc {
  _id: string;
  shop: string;
  orderGid: string;
  cancelledAt: Date;
}

const cancellationSchema = new Schema<OrderCancellationDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    orderGid: {type: String, required: true},
    cancelledAt: {type: Date, required: true},
  },
  {versionKey: false},
);

/**
 * The order was fulfilled: every item shipped (orders/fulfilled; insert-only, may arrive before
 * orders/create or before the cadence decided the order). Box touches opened later end at once.
 */
export interface OrderFulfillmentDoc {
  _id: string;
  shop: string;
  orderGid: string;
  fulfilledAt: Date;
}

const fulfillmentSchema = new Schema<OrderFulfillmentDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    orderGid: {type: String, required: true},
    fulfilledAt: {type: Date, required: true},
  },
  {versionKey: false},
);

/**
 * A refund on an order (refunds/create; insert-only, `_id` = `<shop>|<refund GID>`): money given back,
 * which the outcome comparison takes off the order's revenue (insights/).
 */
export interface OrderRefundDoc {
  _id: string;
  shop: string;
  orderGid: string;
  /** The successful refund transactions' total, in the shop's currency (0 when `currency` is null). */
  amount: number;
  /** The shop's currency; null when a foreign-currency refund could not be converted (not counted). */
  currency?: string | null;
  /** What the customer got back, in the currency they paid in. */
  presentmentAmount?: number;
  presentmentCurrency?: string | null;
  refundedAt: Date;
}

const refundSchema = new Schema<OrderRefundDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    orderGid: {type: String, required: true},
    amount: {type: Number, required: true},
    currency: {type: String, default: null},
    presentmentAmount: {type: Number},
    presentmentCurrency: {type: String, default: null},
    refundedAt: {type: Date, required: true},
  },
  {versionKey: false},
);
refundSchema.index({shop: 1, orderGid: 1});

export const orderKey = (shop: string, orderGid: string) => `${shop}|${orderGid}`;

export function defineOrderModels(conn: Connection) {
  return {
    UncountedOrder: conn.model<UncountedOrderDoc>(
      'UncountedOrder',
      orderSchema,
      'uncounted_orders',
    ) as Model<UncountedOrderDoc>,
    OrderCancellation: conn.model<OrderCancellationDoc>(
      'OrderCancellation',
      cancellationSchema,
      'order_cancellations',
    ) as Model<OrderCancellationDoc>,
    OrderFulfillment: conn.model<OrderFulfillmentDoc>(
      'OrderFulfillment',
      fulfillmentSchema,
      'order_fulfillments',
    ) as Model<OrderFulfillmentDoc>,
    OrderRefund: conn.model<OrderRefundDoc>(
      'OrderRefund',
      refundSchema,
      'order_refunds',
    ) as Model<OrderRefundDoc>,
  };
}
