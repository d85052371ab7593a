import {Schema, type Connection, type Model} from 'mongoose';

import type {EmailState} from '@human-touch/contract';

export type {EmailState} from '@human-touch/contract';

/**
 * The personal email of one touch. `_id` is the touch id, so a touch has one email record; a new
 * one may replace it only after a failure (`round` counts those), never after it was sent.
 * The customer's address is not stored: it is read from Shopify at send time, with consent.
 */
export interface EmailDoc {
  _id: string;
  shop: string;
  customerGid: string | null;
  /** The staff member it is written by and sent as. */
  staffId: string;
  subject: string | null;
  body: string | null;
  includeGiftCard: boolean;
  state: EmailState;
  round: number;
  attempts: number;
  queuedAt: Date;
  sentAt: Date | null;
  failedReason: string | null;
  lastError: string | null;
  requestedBy: string | null;
  redactedAt: Date | null;
}

const emailSchema = new Schema<EmailDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    customerGid: {type: String, default: null},
    staffId: {type: String, required: true},
    subject: {type: String, default: null},
    body: {type: String, default: null},
    includeGiftCard: {type: Boolean, required: true},
    state: {type: String, enum: ['queued', 'sending', 'sent', 'failed'], required: true},
    round: {type: Number, required: true},
    attempts: {type: Number, required: true},
    queuedAt: {type: Date, required: true},
    sentAt: {type: Date, default: null},
    failedReason: {type: String, default: null},
    lastError: {type: String, default: null},
    requestedBy: {type: String, default: null},
    redactedAt: {type: Date, default: null},
  },
  {versionKey: false},
);
emailSchema.index({shop: 1, customerGid: 1});

export type EmailModel = Model<EmailDoc>;

export function defineEmailModel(conn: Connection) {
  return {Email: conn.model<EmailDoc>('Email', emailSchema, 'emails')};
}
