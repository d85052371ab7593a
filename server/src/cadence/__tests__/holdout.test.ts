import {holdoutDraw, isHeldOut} from '../holdout';

const seed = 'a'.repeat(64);
const keys = Array.from(
  {length: 10_000},
  (_, i) => `rule:r1:${i + 1}:gid://shopify/Order/${5_900_000_000_000_000_000n + BigInt(i)}`,
);

describe('holdout draws', () => {
  it('when 10,000 touches draw at 10%, then the held-out share is within 3 standard errors of 10%', () => {
    const held = keys.filter((k) => isHeldOut(seed, k, 'team_photo', 10)).length;
    // Binomial(10,000, 0.1): sd = sqrt(10,000 · 0.1 · 0.9) = 30, so 3 sd = 90.
    expect(Math.abs(held - 1000)).toBeLessThanOrEqual(90);
  });

  it('when 10,000 draws are bucketed into tenths, then every tenth holds about a tenth (uniform)', () => {
    const buckets = new Array<number>(10).fill(0);
    for (const k of keys) buckets[Math.floor(holdoutDraw(seed, k) * 10)]!++;
    // Chi-square with 9 degrees of freedom: 27.88 is its 0.999 quantile.
    const chi = buckets.reduce((sum, b) => sum + (b - 1000) ** 2 / 1000, 0);
    expect(chi).toBeLessThan(27.88);
  });

  it('when the same touch draws again (redelivery, a repeated batch), then it draws the same number', () => {
    for (const k of keys.slice(0, 100)) expect(holdoutDraw(seed, k)).toBe(holdoutDraw(seed, k));
  });

  it('when another shop draws for the same key, then its draws are independent of this one', () => {
    const other = 'b'.repeat(64);
    const both = keys.filter(
      (k) => isHeldOut(seed, k, 'team_photo', 50) && isHeldOut(other, k, 'team_photo', 50),
    ).length;
    expect(Math.abs(both - 2500)).toBeLessThanOrEqual(3 * Math.sqrt(10_000 * 0.25 * 0.75));
  });

  it('when the share is 0%, or the touch answers a question, then nothing is held out', () => {
    expect(keys.some((k) => isHeldOut(seed, k, 'team_photo', 0))).toBe(false);
    expect(keys.some((k) => isHeldOut(seed, k, 'answer_question', 50))).toBe(false);
  });

  it('when the share is 50%, then about half are held out', () => {
    const held = keys.filter((k) => isHeldOut(seed, k, 'free_gift', 50)).length;
    expect(Math.abs(held - 5000)).toBeLessThanOrEqual(150);
  });
});
