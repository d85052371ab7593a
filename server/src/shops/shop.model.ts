import {Schema, type Connection, type Model} from 'mongoose';
import {type PosPolicy, type StackingPolicy, type TouchKind} from '../cadence/types';
import {
  ASSIGNMENT_MODES,
  LABEL_STOCKS,
  STICKER_STYLES,
  type LabelStock,
} from '@human-touch/contract';

export {
  ASSIGNMENT_MODES,
  LABEL_STOCKS,
  STICKER_STYLES,
  type LabelStock,
} from '@human-touch/contract';

/** A printer that feeds sheets more than a centimetre off needs fixing, not calibrating. */
export const LABEL_OFFSET_MAX_MM = 10;

/** Per-shop settings (the panel's Settings page edits them). */
export interface ShopSettings {
  stacking: StackingPolicy;
  frequencyCapDays: number;
  posOrders: PosPolicy;
  requireEmailConsent: boolean;
  /** IANA time zone for "today" and daily targets. */
  timezone: string;
  /** A touch is due this many hours after its order: before the parcel ships. */
  dueWithinHours: number;
  /** New touches: left unassigned, shared round-robin among active staff, or one person per kind. */
  assignment: (typeof ASSIGNMENT_MODES)[number];
  assigneeByKind: Partial<Record<TouchKind, string>>;
  /** Gift certificate defaults: amount in the shop's currency, expiry (null = never), spend cap per day. */
  giftAmount: number;
  giftExpiryDays: number | null;
  giftDailyBudget: number;
  labelStock: LabelStock;
  stickerStyle: (typeof STICKER_STYLES)[number];
  /** The printer's calibration: shifts every label right (x) and down (y), in mm, within ±LABEL_OFFSET_MAX_MM. */
  labelOffsetMm: {x: number; y: number};
  /** Share of fired touches held out for the outcome comparison, 0–50. */
  holdoutPercent: number;
  /** How emails sign off: "<staff name> at <senderName>"; replies go to the writer, else here. */
  senderName: string | null;
  senderReplyTo: string | null;
  /** The touches CSV includes customer ids, names and notes (off: no personal data leaves in exports). */
  exportPersonalData: boolean;
  /**
   * Days after an order that its finished records keep the customer's name, the notes and the
   * ship-to city (privacy/retention.ts); older ones keep only ids, counts and what was bought.
   */
  customerDataRetentionDays: number;
}

/** A shop that installed the app (keyed by its myshopify domain). */
export interface ShopDoc {
  _id: string;
  installedAt: Date;
  uninstalledAt: Date | null;
  settings: ShopSettings;
  /** When the default rules were created (once; deleting one later is the merchant's choice). */
  rulesSeededAt?: Date | null;
  /**
   * When the time zone was settled: taken from the shop in Shopify the first time Settings was
   * read, or chosen by the merchant. Until then the shop's own zone replaces the default.
   */
  timezoneSettledAt?: Date | null;
  /** The first free label of the sheet left in the printer, after the last print handed over. */
  nextLabel?: {stock: string; position: number} | null;
}

const settingsSchema = new Schema<ShopSettings>(
  {
    stacking: {type: String, enum: ['stack', 'one_per_order'], required: true},
    frequencyCapDays: {type: Number, min: 0, max: 3650, required: true},
    posOrders: {
      type: String,
      enum: ['ignore', 'count_not_touch', 'count_and_touch'],
      required: true,
    },
    requireEmailConsent: {type: Boolean, required: true},
    timezone: {type: String, required: true},
    dueWithinHours: {type: Number, min: 1, max: 336},
    assignment: {type: String, enum: ASSIGNMENT_MODES},
    assigneeByKind: {type: Object},
    giftAmount: {type: Number, min: 0},
    giftExpiryDays: {type: Number, default: undefined},
    giftDailyBudget: {type: Number, min: 0},
    labelStock: {type: String, enum: LABEL_STOCKS},
    stickerStyle: {type: String, enum: STICKER_STYLES},
    labelOffsetMm: {
      type: new Schema(
        {
          x: {type: Number, min: -LABEL_OFFSET_MAX_MM, max: LABEL_OFFSET_MAX_MM},
          y: {type: Number, min: -LABEL_OFFSET_MAX_MM, max: LABEL_OFFSET_MAX_MM},
        },
        {_id: false},
      ),
    },
    holdoutPercent: {type: Number, min: 0, max: 50},
    senderName: {type: String},
    senderReplyTo: {type: String},
    exportPersonalData: {type: Boolean},
    customerDataRetentionDays: {type: Number, min: 30, max: 3650},
  },
  {_id: false},
);

const shopSchema = new Schema<ShopDoc>(
  {
    _id: {type: String, required: true},
    installedAt: {type: Date, required: true},
    uninstalledAt: {type: Date, default: null},
    settings: {type: settingsSchema, required: true},
    rulesSeededAt: {type: Date, default: null},
    timezoneSettledAt: {type: Date, default: null},
    nextLabel: {
      type: new Schema(
        {stock: {type: String, required: true}, position: {type: Number, required: true}},
        {_id: false},
      ),
      default: null,
    },
  },
  {versionKey: false, timestamps: true},
);

export type ShopModel = Model<ShopDoc>;

export function defineShopModel(conn: Connection): ShopModel {
  return conn.model<ShopDoc>('Shop', shopSchema, 'shops');
}
