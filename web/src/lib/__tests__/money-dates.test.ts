import {formatDate, formatDateTime, formatDay} from '../dates';
import {currencySymbol, formatMoney} from '../money';

describe("the shop's money and the panel's dates", () => {
  it('when an amount is written, then it carries the shop currency, never a dollar sign by default', () => {
    expect(formatMoney(10, 'GBP', 'en-GB')).toBe('£10.00');
    expect(formatMoney('12.5', 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('12,50 €');
    expect(formatMoney(10, 'JPY', 'en')).toBe('¥10');
    expect(formatMoney(10, null, 'en')).toBe('10.00');
    expect(formatMoney(10, 'XYZ1', 'en')).toBe('10.00 XYZ1');
    expect(currencySymbol('GBP', 'en-GB')).toBe('£');
    expect(currencySymbol(null)).toBe('');
  });

  it('when a date is written, then every screen uses the same medium style', () => {
    const at = new Date(2026, 11, 2, 14, 5);
    expect(formatDate(at, 'en-GB')).toBe('2 Dec 2026');
    expect(formatDateTime(at, 'en-GB')).toBe('2 Dec 2026, 14:05');
    expect(formatDay('2027-03-31T00:00:00Z', 'en-GB')).toBe('31 Mar 2027');
  });
});
