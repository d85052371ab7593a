import {Schema, type Connection, type Model} from 'mongoose';

export type GiftCardState = 'issuing' | 'issued';

/**
 * The gift card of one touch. `_id` is the touch id: the unique key that makes "one gift card per
 * touch" hold however often the button is pressed or the request retried. The full code is kept
 * only sealed (AES-256-GCM, bound to shop and touch) while the email or printed card still needs
 * it, then dropped; `lastCharacters` stays.
 */
export interface GiftCardDoc {
  _id: string;
  shop: string;
  state: GiftCardState;
  sealedCode: string | null;
  lastCharacters: string;
  amount: string;
  currency: string;
  expiresOn: string | null;
  customerGid: string | null;
  giftCardGid: string | null;
  /** The shop's day whose budget this card counts against, and whether it was reserved there. */
  budgetDay: string;
  budgetReserved: boolean;
  /** Requests that tried to issue it (more than one only after a failure Shopify never answered). */
  attempts: number;
  claimedAt: Date;
  issuedAt: Date | null;
  issuedBy: string | null;
  codeDroppedAt: Date | null;
}

const giftCardSchema = new Schema<GiftCardDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    state: {type: String, enum: ['issuing', 'issued'], required: true},
    sealedCode: {type: String, default: null},
    lastCharacters: {type: String, required: true},
    amount: {type: String, required: true},
    currency: {type: String, required: true},
    expiresOn: {type: String, default: null},
    customerGid: {type: String, default: null},
    giftCardGid: {type: String, default: null},
    budgetDay: {type: String, required: true},
    budgetReserved: {type: Boolean, required: true},
    attempts: {type: Number, required: true},
    claimedAt: {type: Date, required: true},
    issuedAt: {type: Date, default: null},
    issuedBy: {type: String, default: null},
    codeDroppedAt: {type: Date, default: null},
  },
  {versionKey: false},
);
giftCardSchema.index({shop: 1, customerGid: 1});

/**
 * The daily gift budget as a ledger: entry n of a shop's day holds the running total after it.
 * Appending entry n+1 is an insert of a unique `_id` (`shop|day|n`), the one write FerretDB and
 * MongoDB both make atomic, so two issues can never both build on the same total (budget.ts).
 */
export interface GiftBudgetDoc {
  _id: string;
  shop: string;
  day: string;
  n: number;
  /** Minor units: positive for a reservation, negative when one is given back. */
  deltaCents: number;
  totalCents: number;
  at: Date;
}

const giftBudgetSchema = new Schema<GiftBudgetDoc>(
  {
    _id: {type: String, required: true},
    shop: {type: String, required: true},
    day: {type: String, required: true},
    n: {type: Number, required: true},
    deltaCents: {type: Number, required: true},
    totalCents: {type: Number, required: true},
    at: {type: Date, required: true},
  },
  {versionKey: false},
);
giftBudgetSchema.index({shop: 1, day: 1});

export type GiftCardModel = Model<GiftCardDoc>;
export type GiftBudgetModel = Model<GiftBudgetDoc>;

export function defineGiftModels(conn: Connection) {
  return {
    GiftCard: conn.model<GiftCardDoc>('GiftCard', giftCardSchema, 'gift_cards'),
    GiftBudget: conn.model<GiftBudgetDoc>('GiftBudget', giftBudgetSchema, 'gift_budget_ledger'),
  };
}
