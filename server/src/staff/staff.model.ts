import {Schema, type Connection, type Model, type Types} from 'mongoose';

/** Typed in the handwriting font, or drawn on the pad (only an SVG path `d`, never markup). */
export type Signature = {type: 'typed'; text: string} | {type: 'drawn'; svgPath: string};

/** What the staff document knows about its photo; the bytes live in `staff_photos`. */
export interface PhotoMeta {
  contentType: string;
  size: number;
  etag: string;
  updatedAt: Date;
}

/** A person on the shop's team: who touches are assigned to and who signs them. */
export interface StaffDoc {
  _id: Types.ObjectId;
  shop: string;
  name: string;
  role: string | null;
  replyToEmail: string | null;
  dailyCapacityMinutes: number;
  active: boolean;
  signature: Signature | null;
  photo: PhotoMeta | null;
  /** The Shopify admin user (session token `sub`) who is this person, chosen once in the panel. */
  shopifyUserId?: string | null;
  /** Opted in to the weekly digest email (what they did, who came back), sent to `replyToEmail`. */
  weeklyDigest?: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A staff photo, one per staff member (`_id` = the staff id). Kept out of the staff documents so
 * that listing the team never reads image bytes: on FerretDB every list decodes each document.
 */
export interface StaffPhotoDoc {
  _id: Types.ObjectId;
  shop: string;
  data: Buffer;
  contentType: string;
  size: number;
  sha256: string;
  updatedAt: Date;
}

const signatureSchema = new Schema(
  {type: {type: String, enum: ['typed', 'drawn'], required: true}, text: String, svgPath: String},
  {_id: false},
);

const photoMetaSchema = new Schema<PhotoMeta>(
  {
    contentType: {type: String, required: true},
    size: {type: Number, required: true},
    etag: {type: String, required: true},
    updatedAt: {type: Date, required: true},
  },
  {_id: false},
);

const staffSchema = new Schema<StaffDoc>(
  {
    shop: {type: String, required: true},
    name: {type: String, required: true, maxlength: 80},
    role: {type: String, default: null},
    replyToEmail: {type: String, default: null},
    dailyCapacityMinutes: {type: Number, required: true, min: 0, max: 960},
    active: {type: Boolean, required: true},
    signature: {type: signatureSchema, default: null},
    photo: {type: photoMetaSchema, default: null},
    shopifyUserId: {type: String, default: null},
    weeklyDigest: {type: Boolean, default: false},
  },
  {versionKey: false, timestamps: true},
);
staffSchema.index({shop: 1, active: -1, name: 1});
staffSchema.index({shop: 1, shopifyUserId: 1});

const staffPhotoSchema = new Schema<StaffPhotoDoc>(
  {
    shop: {type: String, required: true},
    data: {type: Buffer, required: true},
    contentType: {type: String, required: true},
    size: {type: Number, required: true},
    sha256: {type: String, required: true},
    updatedAt: {type: Date, required: true},
  },
  {versionKey: false},
);
staffPhotoSchema.index({shop: 1});

export type StaffModel = Model<StaffDoc>;
export type StaffPhotoModel = Model<StaffPhotoDoc>;

export function defineStaffModels(conn: Connection) {
  return {
    Staff: conn.model<StaffDoc>('Staff', staffSchema, 'staff'),
    StaffPhoto: conn.model<StaffPhotoDoc>('StaffPhoto', staffPhotoSchema, 'staff_photos'),
  };
}
