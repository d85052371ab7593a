import type {GiftCardJson} from '@human-touch/contract/schemas';
import {randomInt} from 'node:crypto';
import {z} from 'zod';
import {AppError, ConflictError, NotFoundError, BadRequestError} from '../errors';
import {
  AdminApiError,
  GIFT_CARD_BY_CODE,
  GIFT_CARD_CREATE,
  MissingScopeError,
  NotInstalledError,
  type AdminApi,
} from '../admin-api';
import {isDuplicateKey} from '../db/connect';
import {localDay} from '../counting/local-day';
import type {Models} from '../db/models';
import type {ShopsService} from '../shops';
import {findTouch} from '../touches/archive';
import {parseTouchId} from '../touches/edit';
import type {WorkingSet} from '../touches/working-set';
import type {TouchDoc} from '../touches/touch.model';
import type {GiftBudget} from './budget';
import type {GiftCardDoc} from './gift-card.model';
import {lastCharacters, type SecretBox} from './secret-box';

export const issueGiftCardSchema = z.strictObject({
  amount: z
    .number()
    .positive('more than zero')
    .max(10_000)
    .multipleOf(0.01, 'whole cents')
    .optional(),
});

/** After this long a claim nobody finished (its request died) may be taken over and completed. */
const STALE_CLAIM_MS = 30_000;
/** A person is waiting: a few THROTTLED waits, then a clear "try again" (background jobs wait longer). */
const THROTTLED_WAITS = 3;

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newCode = () =>
  Array.from({length: 16}, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
const cents = (amount: string) => Math.round(Number(amount) * 100);
const money = (c: number, currency: string) => `${(c / 100).toFixed(2)} ${currency}`;
export const codeContext = (shop: string, touchId: string) => `${shop}|gift:${touchId}`;

type Deps = {
  models: Models;
  workingSet: WorkingSet;
  shops: ShopsService;
  adminApi: AdminApi;
  budget: GiftBudget;
  box: SecretBox;
  /** The shop's currency (gift cards are issued in it). */
  shopCurrency: (shop: string) => Promise<string>;
};

/** What the API shows of a gift card: never the code. */
export function toGiftCardJson(g: GiftCardDoc): GiftCardJson {
  return {
    id: g.giftCardGid,
    lastCharacters: g.lastCharacters,
    amount: g.amount,
    currency: g.currency,
    expiresOn: g.expiresOn,
    issuedAt: g.issuedAt?.toISOString() ?? null,
    issuedBy: g.issuedBy,
    codeKept: g.sealedCode !== null,
  };
}

export class GiftCardError extends AppError {}

/**
 * Issues the touch's gift card through giftCardCreate, at most once (docs/API.md, the gift-card route):
 * 1. claim: insert the card under the touch's id (a second press finds it);
 * 2. reserve the amount in the shop's daily budget (atomic);
 * 3. ask Shopify with a code we chose, so a retry after an unanswered request cannot make a second card.
 * What Shopify certainly did not do (userErrors, THROTTLED, 4xx) is rolled back; what it may have
 * done (5xx, no answer) stays claimed and the next press completes it.
 */
export function createGiftCardIssuer(deps: Deps) {
  const {models, workingSet, shops, adminApi, budget, box} = deps;
  const {GiftCard} = models;

  async function issue(
    shop: string,
    touchId: string,
    input: z.infer<typeof issueGiftCardSchema>,
    userId: string | null,
  ) {
    const touch = await workableTouch(shop, touchId);
    const id = String(touch._id);
    const claim = await claimOrResume(shop, touch, input, userId);
    if (!claim.budgetReserved) await reserveBudget(shop, claim);
    const code = box.open(claim.sealedCode!, codeContext(shop, id));
    const issued = await createInShopify(shop, claim, code, touch);
    const done = await GiftCard.findOneAndUpdate(
      {_id: id},
      {
        $set: {
          state: 'issued',
          giftCardGid: issued.id,
          lastCharacters: issued.lastCharacters,
          expiresOn: issued.expiresOn ?? null,
          issuedAt: new Date(),
        },
      },
      {returnDocument: 'after'},
    ).lean<GiftCardDoc>();
    return {giftCard: toGiftCardJson(done!), code};
  }

  async function workableTouch(shop: string, touchId: string): Promise<TouchDoc> {
    const found = await findTouch({models, workingSet}, shop, parseTouchId(touchId));
    if (!found) throw new NotFoundError('No such touch');
    if (found.archived)
      throw new ConflictError('This touch is in the history and can no longer be changed');
    if (found.touch.status === 'held_out')
      throw new BadRequestError(
        'A held-out touch is part of the comparison and is not carried out',
      );
    return found.touch;
  }

  async function claimOrResume(
    shop: string,
    touch: TouchDoc,
    input: {amount?: number},
    userId: string | null,
  ): Promise<GiftCardDoc> {
    const id = String(touch._id);
    const existing = await GiftCard.findById(id).lean<GiftCardDoc>();
    if (existing) return resume(existing);
    const settings = await shops.ensureShop(shop);
    const rule = touch.ruleId
      ? await models.Rule.findById(touch.ruleId, {giftAmount: 1}).lean()
      : null;
    const amount = (input.amount ?? rule?.giftAmount ?? settings.giftAmount).toFixed(2);
    const now = new Date();
    const code = newCode();
    const doc: GiftCardDoc = {
      _id: id,
      shop,
      state: 'issuing',
      sealedCode: box.seal(code, codeContext(shop, id)),
      lastCharacters: lastCharacters(code),
      amount,
      currency: await deps.shopCurrency(shop),
      expiresOn: settings.giftExpiryDays
        ? localDay(
            new Date(now.getTime() + settings.giftExpiryDays * 86_400_000),
            settings.timezone,
          )
        : null,
      customerGid: touch.customerGid,
      giftCardGid: null,
      budgetDay: localDay(now, settings.timezone),
      budgetReserved: false,
      attempts: 1,
      claimedAt: now,
      issuedAt: null,
      issuedBy: userId,
      codeDroppedAt: null,
    };
    if (cents(amount) > Math.round(settings.giftDailyBudget * 100)) {
      throw new GiftCardError(
        422,
        'gift_budget_exceeded',
        `${money(cents(amount), doc.currency)} is more than the shop's daily gift budget (${money(settings.giftDailyBudget * 100, doc.currency)}); change it in Settings`,
      );
    }
    try {
      await GiftCard.create(doc);
      return doc;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const raced = await GiftCard.findById(id).lean<GiftCardDoc>();
      if (!raced) throw error;
      return resume(raced);
    }
  }

  /** A second press: an issued card is shown (not re-issued); a claim in progress is left alone unless abandoned. */
  async function resume(existing: GiftCardDoc): Promise<GiftCardDoc> {
    if (existing.state === 'issued') {
      throw new GiftCardError(
        409,
        'gift_card_exists',
        `A gift card of ${existing.amount} ${existing.currency} (ending ${existing.lastCharacters}) was already issued for this touch`,
        {giftCard: toGiftCardJson(existing)},
      );
    }
    if (Date.now() - existing.claimedAt.getTime() < STALE_CLAIM_MS) {
      throw new GiftCardError(
        409,
        'gift_card_pending',
        'This gift card is being issued right now; try again in a moment',
      );
    }
    const takenOver = await GiftCard.findOneAndUpdate(
      {_id: existing._id, state: 'issuing', claimedAt: existing.claimedAt},
      {$set: {claimedAt: new Date()}, $inc: {attempts: 1}},
      {returnDocument: 'after'},
    ).lean<GiftCardDoc>();
    if (!takenOver)
      throw new GiftCardError(
        409,
        'gift_card_pending',
        'This gift card is being issued right now; try again in a moment',
      );
    return takenOver;
  }

  async function reserveBudget(shop: string, claim: GiftCardDoc): Promise<void> {
    const settings = await shops.ensureShop(shop);
    const capCents = Math.round(settings.giftDailyBudget * 100);
    const reserved = await budget.reserve(shop, claim.budgetDay, cents(claim.amount), capCents);
    if (!reserved.ok) {
      await GiftCard.deleteOne({_id: claim._id, state: 'issuing'});
      throw new GiftCardError(
        422,
        'gift_budget_exceeded',
        `Today's gift budget is ${money(capCents, claim.currency)} and ${money(reserved.spentCents, claim.currency)} is already issued; ${money(cents(claim.amount), claim.currency)} more would go over it`,
      );
    }
    await GiftCard.updateOne({_id: claim._id}, {$set: {budgetReserved: true}});
    claim.budgetReserved = true;
  }

  /** Shopify certainly did not issue it: give the budget back and drop the claim, so a new press starts clean. */
  async function rollBack(shop: string, claim: GiftCardDoc): Promise<void> {
    await GiftCard.deleteOne({_id: claim._id, state: 'issuing'});
    if (claim.budgetReserved) await budget.release(shop, claim.budgetDay, cents(claim.amount));
  }

  async function createInShopify(shop: string, claim: GiftCardDoc, code: string, touch: TouchDoc) {
    let result;
    try {
      result = await adminApi.request(
        shop,
        GIFT_CARD_CREATE,
        {
          input: {
            code,
            initialAmount: {amount: claim.amount, currencyCode: claim.currency as never},
            ...(claim.expiresOn ? {expiresOn: claim.expiresOn} : {}),
            // No customerId: it needs write_customers, and the code reaches the customer in the
            // personal email anyway (docs/PRIVACY.md). The touch keeps which customer it is for.
            note: `Human Touch: ${touch.kind.replace(/_/g, ' ')} for order ${touch.orderName} (touch ${claim._id})`,
          },
        },
        {maxThrottledWaits: THROTTLED_WAITS},
      );
    } catch (error) {
      throw await failed(shop, claim, error);
    }
    const payload = result.giftCardCreate;
    const errors = payload?.userErrors ?? [];
    // TAKEN on our code (80 random bits): an attempt Shopify never answered did issue it, whether an
    // earlier press or the client's own retry after a 5xx. Find that card, and check it is this touch's.
    if (errors.length && errors.every((e) => e.code === 'TAKEN' && e.field?.includes('code'))) {
      const found = (await adminApi.request(shop, GIFT_CARD_BY_CODE, {query: code})).giftCards
        .nodes[0];
      if (found?.note?.includes(`touch ${claim._id}`))
        return {
          id: found.id,
          lastCharacters: found.lastCharacters,
          expiresOn: found.expiresOn as string | null,
        };
    }
    if (errors.length || !payload?.giftCard) {
      await rollBack(shop, claim);
      const said = errors.map((e) => e.message).join('; ') || 'no gift card in the answer';
      throw new GiftCardError(
        422,
        'shopify_user_error',
        `Shopify did not issue the gift card: ${said}`,
        {userErrors: errors.map(({field, message, code: c}) => ({field, message, code: c}))},
      );
    }
    const card = payload.giftCard;
    return {
      id: card.id,
      lastCharacters: card.lastCharacters,
      expiresOn: card.expiresOn as string | null,
    };
  }

  async function failed(shop: string, claim: GiftCardDoc, error: unknown): Promise<unknown> {
    // A claim resumed after a request that ended in doubt (5xx, no answer) may already have its card
    // in Shopify: whatever this request was told, the claim and its code stay until Shopify says which.
    const inDoubt = claim.attempts > 1;
    const nothingDone =
      !inDoubt &&
      (error instanceof NotInstalledError ||
        (error instanceof AdminApiError && error.certainlyNotDone));
    if (nothingDone) await rollBack(shop, claim);
    else await GiftCard.updateOne({_id: claim._id}, {$set: {claimedAt: new Date(0)}});
    if (error instanceof NotInstalledError) return error;
    // 403 naming the scope (`write_gift_cards`): nothing was issued, and pressing again won't help.
    if (error instanceof MissingScopeError) return error;
    if (error instanceof AdminApiError && error.throttled) {
      return new GiftCardError(
        503,
        'shopify_throttled',
        nothingDone
          ? 'Shopify is busy with this shop right now (rate limit); nothing was issued — try again in a few seconds'
          : 'Shopify is busy with this shop right now (rate limit); press again in a few seconds to finish this gift card — it will never be issued twice',
        {retryAfterSeconds: 5},
      );
    }
    if (nothingDone)
      return new GiftCardError(
        502,
        'shopify_error',
        `Shopify refused the request; nothing was issued (${(error as Error).message})`,
      );
    return new GiftCardError(
      502,
      'shopify_unreachable',
      'Shopify did not answer, so the gift card may or may not exist yet. Press again to finish: it will never be issued twice',
    );
  }

  return {issue};
}

export type GiftCardIssuer = ReturnType<typeof createGiftCardIssuer>;
