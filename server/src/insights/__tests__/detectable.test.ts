import {detectable, minDetectableDifference} from '../detectable';

const DAY = 86_400_000;
const asOf = new Date('2026-06-01T00:00:00Z');
const daysAgo = (n: number) => new Date(asOf.getTime() - n * DAY);

describe('the smallest lift a shop can see', () => {
  it('when 100 customers each side at a 27% baseline, then about 17.6 points (2.8016 × √(0.27·0.73·0.02))', () => {
    expect(minDetectableDifference(0.27, 100, 100)).toBeCloseTo(0.176, 3);
    expect(minDetectableDifference(0, 100, 100)).toBeNull();
    expect(minDetectableDifference(0.27, 0, 100)).toBeNull();
  });

  it('when 20 picked customers a month enter, then the sentence says so and bigger lifts show sooner', () => {
    const treated = {entries: Array.from({length: 120}, (_, i) => daysAgo(i * 1.5)), matured: 80};
    const comparison = {
      entries: Array.from({length: 1080}, (_, i) => daysAgo(i / 6)),
      matured: 720,
    };
    const d = detectable(0.27, treated, comparison, {window: 60, asOf, treatedName: 'picked'});
    // 120 entries over the 178.5 days since the first: 20.2 a month.
    expect(d.perMonth).toBe(20.2);
    // 2.8016 × √(0.27 × 0.73 × (1/80 + 1/720)) / 0.27 = 0.5429
    expect(d.minDetectableLift).toBeCloseTo(0.543, 3);
    expect(d.sentence).toMatch(
      /^With about 20 picked customers a month, a lift in repeat purchase under 54%/,
    );
    const dates = d.visibleBy.map((v) => v.date!);
    expect(dates.every(Boolean)).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    // A 50% lift needs n1 = 2.8016² × 0.27·0.73 × (1 + 1/9) / 0.135² = 94.3 → 95 picked customers:
    // the 95th to mature entered 37.5 days ago and matures 22.5 days from now.
    expect(dates[3]).toBe('2026-06-23');
    // A 10% lift needs 25 × as many (2,358): 2,238 more at 120 per 178.5 days, then 60 days.
    expect(dates[0]).toBe(
      new Date(asOf.getTime() + (2238 / (120 / 178.5) + 60) * DAY).toISOString().slice(0, 10),
    );
  });

  it('when there is no baseline, then no lift and no dates, and the sentence says why', () => {
    const d = detectable(
      null,
      {entries: [], matured: 0},
      {entries: [], matured: 0},
      {
        window: 30,
        asOf,
        treatedName: 'picked',
      },
    );
    expect(d.minDetectableLift).toBeNull();
    expect(d.visibleBy.every((v) => v.date === null)).toBe(true);
    expect(d.sentence).toContain('no baseline');
  });
});
