import {rateDifference} from '../stats';
import {verdict} from '../verdict';

const group = (customers: number, returned: number, notYetMatured = 0) => ({
  customers,
  returned,
  notYetMatured,
});

describe('the verdict sentence', () => {
  it('when touched customers clearly come back more, then positive, with rates, interval and counts', () => {
    const v = verdict(group(412, 140), group(96, 20), rateDifference(140, 412, 20, 96), 60);
    // 34% vs 21%: +13 points; Newcombe interval about +4 to +21.
    expect(v.status).toBe('positive');
    expect(v.sentence).toMatch(
      /^Touched customers came back more often: 34% vs 21% within 60 days \(\+13 points, 95% interval \+\d+ to \+\d+ points; 412 touched, 96 held out\)\.$/,
    );
  });

  it('when touched customers clearly come back less, then negative', () => {
    expect(
      verdict(group(400, 40), group(100, 40), rateDifference(40, 400, 40, 100), 30).status,
    ).toBe('negative');
  });

  it('when the interval includes zero, then not yet, with how many more held-out customers are needed', () => {
    // 30% vs 25%: requiredPerGroup(0.3, 0.25) = 1,251, so 1,251 − 40 = 1,211 more.
    const v = verdict(group(400, 120), group(40, 10), rateDifference(120, 400, 10, 40), 90);
    expect(v.status).toBe('not_yet');
    expect(v.heldOutNeeded).toBe(1211);
    expect(v.sentence).toContain('About 1,211 more held-out customers needed');
  });

  it('when the rates are the same, then it says so rather than inventing a number', () => {
    const v = verdict(group(100, 25), group(20, 5), rateDifference(25, 100, 5, 20), 30);
    expect(v.status).toBe('not_yet');
    expect(v.heldOutNeeded).toBeUndefined();
    expect(v.sentence).toMatch(/^No difference so far: 25% vs 25%/);
  });

  it('when fewer than 10 in a group have had their window, then too few', () => {
    expect(
      verdict(group(100, 25), group(9, 5, 4), rateDifference(25, 100, 5, 9), 30),
    ).toMatchObject({status: 'too_few'});
  });

  it('when nobody is held out, then it points to the setting', () => {
    expect(verdict(group(100, 25), null, null, 30)).toMatchObject({status: 'no_holdout'});
  });
});
