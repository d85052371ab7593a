import {randomBytes, randomInt} from 'node:crypto';
import type {LocalGiftCard, LocalShop} from './state';

/** The GiftCardCreateInput fields the stand-in honours (2026-10): the rest are refused explicitly. */
interface GiftCardCreateInput {
  initialAmount?: {amount: string; currencyCode: string} | null;
  initialValue?: string | null;
  code?: string | null;
  expiresOn?: string | null;
  customerId?: string | null;
  note?: string | null;
  recipientAttributes?: unknown;
  templateSuffix?: string | null;
  crossCurrencyRedemptionStrategy?: unknown;
}

type UserError = {field: string[]; message: string; code: string};

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newCode = () => Array.from({length: 16}, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export function giftCardNode(shop: LocalShop, g: LocalGiftCard) {
  const money = {amount: g.initialValue, currencyCode: g.currencyCode};
  return {
    id: g.id,
    createdAt: g.createdAt,
    updatedAt: g.createdAt,
    enabled: true,
    isRedeemable: true,
    deactivatedAt: null,
    initialValue: money,
    balance: money,
    expiresOn: g.expiresOn,
    note: g.note,
    lastCharacters: g.code.slice(-4),
    maskedCode: `•••• •••• •••• ${g.code.slice(-4)}`,
    templateSuffix: null,
    customer: () => {
      const c = g.customerId ? shop.customers.get(g.customerId) : undefined;
      return c
        ? {
            id: c.id,
            firstName: c.firstName,
            lastName: c.lastName,
            displayName: `${c.firstName} ${c.lastName}`.trim(),
            email: c.email,
          }
        : null;
    },
  };
}

/**
 * giftCardCreate as Shopify documents it: the full code only in this response (`giftCardCode`),
 * problems as userErrors with Shopify's codes. https://shopify.dev/docs/api/admin-graphql/latest/mutations/giftCardCreate
 */
export function giftCardCreate(shop: LocalShop, input: GiftCardCreateInput) {
  const errors: UserError[] = [];
  const unsupported = (
    ['recipientAttributes', 'templateSuffix', 'crossCurrencyRedemptionStrategy'] as const
  ).filter((k) => input[k] != null);
  if (unsupported.length)
    throw new Error(`NOT_IMPLEMENTED_LOCALLY: giftCardCreate input ${unsupported.join(', ')}`);
  const amount = input.initialAmount?.amount ?? input.initialValue ?? null;
  const currency = input.initialAmount?.currencyCode ?? shop.currencyCode;
  if (amount === null)
    errors.push({
      field: ['input', 'initialAmount'],
      message: 'Initial value is missing',
      code: 'MISSING_ARGUMENT',
    });
  else if (!(Number(amount) > 0))
    errors.push({
      field: ['input', 'initialAmount'],
      message: 'Initial value must be greater than 0',
      code: 'GREATER_THAN',
    });
  if (currency !== shop.currencyCode)
    errors.push({
      field: ['input', 'initialAmount', 'currencyCode'],
      message: `Currency must be the shop's currency (${shop.currencyCode})`,
      code: 'INVALID',
    });
  if (input.customerId && !shop.customers.has(input.customerId))
    errors.push({
      field: ['input', 'customerId'],
      message: 'Customer does not exist',
      code: 'CUSTOMER_NOT_FOUND',
    });
  const today = new Date().toISOString().slice(0, 10);
  if (input.expiresOn && input.expiresOn <= today)
    errors.push({
      field: ['input', 'expiresOn'],
      message: 'Expires on must be in the future',
      code: 'INVALID',
    });
  const code = input.code?.replace(/[\s-]/g, '') ?? newCode();
  if (input.code != null) {
    if (code.length < 8)
      errors.push({
        field: ['input', 'code'],
        message: 'Code is too short (minimum is 8 characters)',
        code: 'TOO_SHORT',
      });
    if (code.length > 20)
      errors.push({
        field: ['input', 'code'],
        message: 'Code is too long (maximum is 20 characters)',
        code: 'TOO_LONG',
      });
    if (shop.giftCards.some((g) => g.code === code))
      errors.push({
        field: ['input', 'code'],
        message: 'Code has already been taken',
        code: 'TAKEN',
      });
  }
  if (input.note && input.note.length > 255)
    errors.push({
      field: ['input', 'note'],
      message: 'Note is too long (maximum is 255 characters)',
      code: 'TOO_LONG',
    });
  if (errors.length) return {giftCard: null, giftCardCode: null, userErrors: errors};
  const card: LocalGiftCard = {
    id: `gid://shopify/GiftCard/${BigInt(`0x${randomBytes(6).toString('hex')}`)}`,
    code,
    initialValue: Number(amount).toFixed(2),
    currencyCode: currency,
    expiresOn: input.expiresOn ?? null,
    customerId: input.customerId ?? null,
    note: input.note ?? null,
    createdAt: new Date().toISOString(),
  };
  shop.giftCards.push(card);
  return {giftCard: giftCardNode(shop, card), giftCardCode: code, userErrors: []};
}

/** The part of giftCards' search syntax the app uses: a bare term matches the full code (case-insensitive). */
export function matchesGiftCardQuery(g: LocalGiftCard, query: string | null | undefined): boolean {
  if (!query) return true;
  const term = query.trim();
  if (!/^[A-Za-z0-9-]+$/.test(term))
    throw new Error(`The local Shopify stand-in does not support the gift card search "${term}"`);
  return g.code.toUpperCase() === term.replace(/-/g, '').toUpperCase();
}
