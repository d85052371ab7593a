import type {Models} from '../db/models';
import type {GiftCardDoc} from './gift-card.model';
import {codeContext} from './issue';
import type {SecretBox} from './secret-box';

type Deps = {models: Pick<Models, 'GiftCard' | 'Email' | 'Touch' | 'TouchArchive'>; box: SecretBox};

/**
 * The full code is kept (sealed) only while something still has to use it: an email waiting to be
 * sent with it, or the touch not yet done (the card may still be printed). Then only the last
 * characters remain (docs/PRODUCT.md "Gift certificates").
 */
export function createGiftCodes({models, box}: Deps) {
  const {GiftCard, Email} = models;

  /** The full code for the email or the printed card, or null when it has been dropped. */
  async function read(
    shop: string,
    touchId: string,
  ): Promise<{card: GiftCardDoc; code: string | null} | null> {
    const card = await GiftCard.findById(touchId).lean<GiftCardDoc>();
    if (!card || card.shop !== shop || card.state !== 'issued') return null;
    return {
      card,
      code: card.sealedCode ? box.open(card.sealedCode, codeContext(shop, touchId)) : null,
    };
  }

  /** Drops the code of a done touch unless a queued email still needs it. Idempotent. */
  async function dropIfFinished(
    shop: string,
    touchId: string,
    touchStatus: string,
  ): Promise<boolean> {
    if (touchStatus !== 'done' && touchStatus !== 'skipped') return false;
    const card = await GiftCard.findById(touchId, {shop: 1, sealedCode: 1}).lean();
    if (!card || card.shop !== shop || card.sealedCode === null) return false;
    const email = await Email.findById(touchId, {state: 1, includeGiftCard: 1}).lean();
    if (email?.includeGiftCard && (email.state === 'queued' || email.state === 'sending'))
      return false;
    await GiftCard.updateOne({_id: touchId}, {$set: {sealedCode: null, codeDroppedAt: new Date()}});
    return true;
  }

  /** The safety net (hourly): codes still kept whose touch is finished, e.g. done in bulk or by a process that died. */
  async function sweep(): Promise<number> {
    const kept = await GiftCard.find({sealedCode: {$ne: null}, state: 'issued'}, {shop: 1}).lean();
    let dropped = 0;
    for (const card of kept) {
      const touch =
        (await models.Touch.findById(card._id, {status: 1}).lean()) ??
        (await models.TouchArchive.findById(card._id, {status: 1}).lean());
      if (!touch) {
        await GiftCard.updateOne(
          {_id: card._id},
          {$set: {sealedCode: null, codeDroppedAt: new Date()}},
        );
        dropped++;
      } else if (await dropIfFinished(card.shop, card._id, touch.status)) dropped++;
    }
    return dropped;
  }

  return {read, dropIfFinished, sweep};
}

export type GiftCodes = ReturnType<typeof createGiftCodes>;
