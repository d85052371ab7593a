/**
 * An amount in the shop's currency, as the merchant reads money ("£10.00", "10,00 €"), with
 * `Intl.NumberFormat` and the currency code Shopify gives; the plain number and the code when
 * the code is unknown to Intl, the plain number while the currency is not known yet.
 */
export function formatMoney(
  amount: number | string,
  currency: string | null | undefined,
  locale?: string,
): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return String(amount);
  if (!currency) return value.toFixed(2);
  try {
    return new Intl.NumberFormat(locale, {style: 'currency', currency}).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/** The currency's symbol alone ("£"), for a field's prefix; the code when Intl has no symbol. */
export function currencySymbol(currency: string | null | undefined, locale?: string): string {
  if (!currency) return '';
  try {
    const parts = new Intl.NumberFormat(locale, {style: 'currency', currency}).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}
