import { isDuplicateKey } from '../db/connect';
import type { GiftBudgetModel } from './gift-card.model';

export type Reservation = { ok: true } | { ok: false; spentCents: number };

/**
 * The per-shop daily gift budget, enforced atomically: a reservation is one conditional `$inc`
 * on the shop's single budget document (`spent + amount <= cap` in the filter), so concurrent
 * issues cannot overshoot it on MongoDB or FerretDB. A new day resets the document first.
 */
export function createGiftBudget(GiftBudget: GiftBudgetModel) {
  async function reserve(shop: string, day: string, cents: number, capCents: number): Promise<Reservation> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const taken = await GiftBudget.findOneAndUpdate(
        { _id: shop, day, spentCents: { $lte: capCents - cents } },
        { $inc: { spentCents: cents } },
        { returnDocument: 'after' },
      ).lean();
      if (taken) return { ok: true };
      const current = await GiftBudget.findById(shop).lean();
      if (current && current.day >= day) return { ok: false, spentCents: current.day === day ? current.spentCents : capCents };
      await startDay(shop, day, current?.day ?? null);
    }
    throw new Error('gift budget: could not reserve after a day change');
  }

  /** The first issue of a day resets yesterday's spend (only if nobody did it meanwhile). */
  async function startDay(shop: string, day: string, previousDay: string | null): Promise<void> {
    if (previousDay === null) {
      try {
        await GiftBudget.create({ _id: shop, day, spentCents: 0 });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      return;
    }
    await GiftBudget.updateOne({ _id: shop, day: previousDay }, { $set: { day, spentCents: 0 } });
  }

  /** Gives back a reservation whose card was certainly not issued. */
  async function release(shop: string, day: string, cents: number): Promise<void> {
    await GiftBudget.updateOne({ _id: shop, day }, { $inc: { spentCents: -cents } });
  }

  async function spent(shop: string, day: string): Promise<number> {
    const current = await GiftBudget.findById(shop).lean();
    return current?.day === day ? current.spentCents : 0;
  }

  return { reserve, release, spent };
}

export type GiftBudget = ReturnType<typeof createGiftBudget>;
