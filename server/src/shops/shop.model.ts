import { Schema, type Connection, type Model } from 'mongoose';
import type { PosPolicy, StackingPolicy } from '../cadence/types';

/** Per-shop settings (the panel's Settings page edits them). */
export interface ShopSettings {
  stacking: StackingPolicy;
  frequencyCapDays: number;
  posOrders: PosPolicy;
  requireEmailConsent: boolean;
  /** IANA time zone for "today" and daily targets. */
  timezone: string;
}

/** A shop that installed the app (keyed by its myshopify domain). */
export interface ShopDoc {
  _id: string;
  installedAt: Date;
  uninstalledAt: Date | null;
  settings: ShopSettings;
}

const settingsSchema = new Schema<ShopSettings>(
  {
    stacking: { type: String, enum: ['stack', 'one_per_order'], required: true },
    frequencyCapDays: { type: Number, min: 0, max: 3650, required: true },
    posOrders: { type: String, enum: ['ignore', 'count_not_touch', 'count_and_touch'], required: true },
    requireEmailConsent: { type: Boolean, required: true },
    timezone: { type: String, required: true },
  },
  { _id: false },
);

const shopSchema = new Schema<ShopDoc>(
  {
    _id: { type: String, required: true },
    installedAt: { type: Date, required: true },
    uninstalledAt: { type: Date, default: null },
    settings: { type: settingsSchema, required: true },
  },
  { versionKey: false, timestamps: true },
);

export type ShopModel = Model<ShopDoc>;

export function defineShopModel(conn: Connection): ShopModel {
  return conn.model<ShopDoc>('Shop', shopSchema, 'shops');
}
