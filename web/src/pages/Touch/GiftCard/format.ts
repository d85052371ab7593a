/** "$10.00" in the browser's locale; the amount and code as given when the currency is not one Intl knows. */
export function formatMoney(amount: string | number, currency: string | null | undefined): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!currency || !Number.isFinite(value)) return `${amount}${currency ? ` ${currency}` : ''}`;
  try {
    return new Intl.NumberFormat(undefined, {style: 'currency', currency}).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/** A gift card code in groups of four, as people read it aloud and type it: "ABCD EFGH 1234". */
export const groupCode = (code: string): string =>
  code.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');

/** What is shown of a code after its one showing. */
export const maskedCode = (lastCharacters: string): string => `•••• ${lastCharacters}`;
