import {Schema, type Connection, type Model, type Types} from 'mongoose';
import {TOUCH_KINDS, type SkipReason, type TouchKind, type TouchStatus} from '../cadence/types';
import type {Stage} from './stages';

/** One step of the work done: which, by whom (the session user and their staff profile), when. */
export interface StageRecord {
  stage: Stage;
  userId: string | null;
  staffId: string | null;
  /** The person's name when they did it (kept: a profile may be renamed or removed later). */
  name: string | null;
  at: Date;
}

/** pen: written by hand; print: printed in the handwriting font (per rule, see docs/STAGES.md). */
import type {Medium} from '@human-touch/contract';

export type {Medium} from '@human-touch/contract';

/** A human touch: a task for a person, or the record of why a rule firing was skipped. */
export interface TouchDoc {
  _id: Types.ObjectId;
  shop: string;
  /** Unique per shop; makes every write of a touch idempotent (see docs/INTAKE.md). */
  dedupeKey: string;
  kind: TouchKind;
  status: TouchStatus;
  skipReason: SkipReason | null;
  ruleId: string | null;
  slot: string | null;
  orderGid: string;
  orderName: string;
  sequence: number | null;
  orderCreatedAt: Date;
  /** When the touch should be done by: before the parcel ships (order time + the shop's dispatch window). */
  dueAt: Date;
  customerGid: string | null;
  customerName: string | null;
  assignee: string | null;
  note: string | null;
  /** Who marked it done (the session token's user) and when. */
  doneBy: string | null;
  doneAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  // Printing (issue 6): the sticker's last print, who printed it (the session token's user) and how
  // many times; a printed touch prints again only on an explicit reprint. Absent on older documents.
  printedAt?: Date | null;
  printedBy?: string | null;
  printCount?: number;
  /** Stages reached, in order (issue 16); absent on older documents, derived then (stages.ts). */
  stages?: StageRecord[];
  /** Set on box touches with words (handwritten card, sticker note); absent: pen. */
  medium?: Medium | null;
  /** What the order note asks of the parcel, in the customer's words ("gift wrap, please"); absent on older touches. */
  request?: string | null;
}

const stageSchema = new Schema<StageRecord>(
  {
    stage: {type: String, required: true},
    userId: {type: String, default: null},
    staffId: {type: String, default: null},
    name: {type: String, default: null},
    at: {type: Date, required: true},
  },
  {_id: false},
);

const touchSchema = new Schema<TouchDoc>(
  {
    shop: {type: String, required: true},
    dedupeKey: {type: String, required: true},
    kind: {type: String, enum: TOUCH_KINDS, required: true},
    status: {type: String, enum: ['open', 'done', 'skipped', 'held_out'], required: true},
    skipReason: {type: String, default: null},
    ruleId: {type: String, default: null},
    slot: {type: String, default: null},
    orderGid: {type: String, required: true},
    orderName: {type: String, required: true},
    sequence: {type: Number, default: null},
    orderCreatedAt: {type: Date, required: true},
    dueAt: {type: Date, required: true},
    customerGid: {type: String, default: null},
    customerName: {type: String, default: null},
    assignee: {type: String, default: null},
    note: {type: String, default: null},
    doneBy: {type: String, default: null},
    doneAt: {type: Date, default: null},
    // Printing (issue 6), see TouchDoc.
    printedAt: {type: Date, default: null},
    printedBy: {type: String, default: null},
    printCount: {type: Number, default: 0},
    // No default: an absent list marks a touch from before stages, derived on read (stages.ts).
    stages: {type: [stageSchema], default: undefined},
    medium: {type: String, enum: ['pen', 'print', null], default: null},
    request: {type: String, default: null},
  },
  {versionKey: false, timestamps: true},
);
touchSchema.index({shop: 1, dedupeKey: 1}, {unique: true});
touchSchema.index({shop: 1, createdAt: -1, _id: -1});
touchSchema.index({shop: 1, status: 1, createdAt: -1});
touchSchema.index({shop: 1, status: 1, dueAt: 1});
touchSchema.index({shop: 1, orderGid: 1});
touchSchema.index({shop: 1, customerGid: 1});
touchSchema.index({status: 1, updatedAt: 1});

export type TouchModel = Model<TouchDoc>;

/** One per shop: bumped after every write to the shop's touches, so caches know when they are stale. */
export interface TouchVersionDoc {
  _id: string;
  v: number;
}

const touchVersionSchema = new Schema<TouchVersionDoc>(
  {_id: {type: String, required: true}, v: {type: Number, required: true}},
  {versionKey: false},
);
export type TouchVersionModel = Model<TouchVersionDoc>;

/**
 * Two collections with one shape: `touches` is the working set (every open touch, and finished ones
 * changed in the last ARCHIVE_AFTER_DAYS), `touch_archive` the history. The queue reads only the
 * working set, so its cost does not grow with years of history (docs/FERRETDB.md, "The queue").
 */
export function defineTouchModels(conn: Connection) {
  return {
    Touch: conn.model<TouchDoc>('Touch', touchSchema, 'touches'),
    TouchArchive: conn.model<TouchDoc>('TouchArchive', touchSchema.clone(), 'touch_archive'),
    TouchVersion: conn.model<TouchVersionDoc>('TouchVersion', touchVersionSchema, 'touch_versions'),
  };
}
