import {
  meanDifference,
  meanInterval,
  median,
  rateDifference,
  requiredPerGroup,
  sample,
  wilson,
} from '../stats';

describe('Wilson intervals', () => {
  it('when 3 of 10, then 0.1078 to 0.6032 (Newcombe 1998, table I)', () => {
    // p = 0.3, z = 1.96: centre (0.3 + 0.19208) / 1.38416 = 0.35555, half 0.24777 → 0.1078, 0.6032.
    const w = wilson(3, 10)!;
    expect(w.low).toBeCloseTo(0.1078, 4);
    expect(w.high).toBeCloseTo(0.6032, 4);
  });

  it('when none or all of 10, then the interval touches 0 or 1 and is not degenerate', () => {
    // 0/10: high = 3.8416 / 13.8416 = 0.2775; 10/10 mirrors it.
    expect(wilson(0, 10)!.low).toBeCloseTo(0, 10);
    expect(wilson(0, 10)!.high).toBeCloseTo(0.2775, 4);
    expect(wilson(10, 10)!.low).toBeCloseTo(0.7225, 4);
    expect(wilson(10, 10)!.high).toBe(1);
  });

  it('when there is no sample, then there is no interval', () => {
    expect(wilson(0, 0)).toBeNull();
  });
});

describe("Newcombe's difference of two rates (method 10)", () => {
  it.each([
    // Newcombe (1998) "Interval estimation for the difference between independent proportions", table II.
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])('when %i/%i vs %i/%i, then %f to %f', (k1, n1, k2, n2, low, high) => {
    const d = rateDifference(k1, n1, k2, n2)!;
    expect(d.diff).toBeCloseTo(k1 / n1 - k2 / n2, 10);
    expect(d.low).toBeCloseTo(low, 4);
    expect(d.high).toBeCloseTo(high, 4);
  });

  it('when either group is empty, then there is no difference to show', () => {
    expect(rateDifference(1, 5, 0, 0)).toBeNull();
  });
});

describe('means', () => {
  it("when 1..5, then Student's interval is 3 ± 2.7764 · √0.5 = 1.0368 to 4.9632", () => {
    const i = meanInterval(sample([1, 2, 3, 4, 5]))!;
    expect(i.low).toBeCloseTo(1.0368, 4);
    expect(i.high).toBeCloseTo(4.9632, 4);
  });

  it('when 1..5 vs 2,4,6,8, then Welch: −2 ± t(0.975, df 4.7496) · 1.4720 = −5.8446 to 1.8446', () => {
    // variances 2.5 and 6.6667; se² = 0.5 + 1.6667; df = 2.1667² / (0.5²/4 + 1.6667²/3) = 4.7496.
    const d = meanDifference(sample([1, 2, 3, 4, 5]), sample([2, 4, 6, 8]))!;
    expect(d.diff).toBe(-2);
    expect(d.low).toBeCloseTo(-5.8446, 3);
    expect(d.high).toBeCloseTo(1.8446, 3);
  });

  it('when a group has fewer than two customers, then no interval; when nobody varies, then a point', () => {
    expect(meanInterval(sample([4]))).toBeNull();
    expect(meanDifference(sample([4]), sample([1, 2]))).toBeNull();
    expect(meanDifference(sample([0, 0]), sample([0, 0, 0]))).toEqual({diff: 0, low: 0, high: 0});
  });

  it('when the median is asked of an even, odd or empty list, then the middle', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('sample size', () => {
  it('when 20% vs 30%, then 294 per group (Fleiss, no continuity correction: 293.2 rounded up)', () => {
    // [1.96·√(2·0.25·0.75) + 0.8416·√(0.16 + 0.21)]² / 0.1² = (1.2003 + 0.5119)² / 0.01 = 293.2.
    expect(requiredPerGroup(0.2, 0.3)).toBe(294);
  });

  it('when the rates are equal, then no sample size can tell them apart', () => {
    expect(requiredPerGroup(0.25, 0.25)).toBeNull();
  });
});
