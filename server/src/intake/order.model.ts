import { Schema, type Connection, type Model } from 'mongoose';

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
  note: string | null;
  hasEmail: boolean;
  acceptsMarketing: boolean;
  customerGid: string | null;
  customerName: string | null;
  customerEmail: string | null;
  customerTags: string[];
}

/**
 * Every order seen, inserted once (`_id` = `<shop>|<order GID>`): a duplicate insert is how a
 * second event for the same order is recognised without a read (docs/FERRETDB.md).
 */
export interface OrderDoc extends OrderFactsDoc {
  _id: string;
  shop: string;
  test: boolean;
  counted: boolean;
  notCountedReason: NotCountedReason | null;
}

export const orderFactsFields = {
  orderGid: { type: String, required: true },
  name: { type: String, required: true },
  orderCreatedAt: { type: Date, required: true },
  totalPrice: { type: Number, required: true },
  currency: { type: String, default: '' },
  sourceName: { type: String, default: '' },
  countryCode: { type: String, default: null },
  note: { type: String, default: null },
  hasEmail: { type: Boolean, default: false },
  acceptsMarketing: { type: Boolean, default: false },
  customerGid: { type: String, default: null },
  customerName: { type: String, default: null },
  customerEmail: { type: String, default: null },
  customerTags: { type: [String], default: [] },
};

const orderSchema = new Schema<OrderDoc>(
  {
    _id: { type: String, required: true },
    shop: { type: String, required: true },
    ...orderFactsFields,
    test: { type: Boolean, default: false },
    counted: { type: Boolean, required: true },
    notCountedReason: { type: String, default: null },
  },
  { versionKey: false, timestamps: true },
);
orderSchema.index({ shop: 1, customerGid: 1 });

/** An orders/cancelled seen for an order (insert-only; may arrive before orders/create). */
export interface OrderCancellationDoc {
  _id: string;
  shop: string;
  orderGid: string;
  cancelledAt: Date;
}

const cancellationSchema = new Schema<OrderCancellationDoc>(
  {
    _id: { type: String, required: true },
    shop: { type: String, required: true },
    orderGid: { type: String, required: true },
    cancelledAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const orderKey = (shop: string, orderGid: string) => `${shop}|${orderGid}`;

export function defineOrderModels(conn: Connection) {
  return {
    Order: conn.model<OrderDoc>('Order', orderSchema, 'orders') as Model<OrderDoc>,
    OrderCancellation: conn.model<OrderCancellationDoc>('OrderCancellation', cancellationSchema, 'order_cancellations') as Model<OrderCancellationDoc>,
  };
}
