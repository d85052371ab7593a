/**
 * The panel's one date style, in the browser's locale: "2 Dec 2026, 14:05" for a moment,
 * "2 Dec 2026" for a day. Every screen writes dates through these two.
 */
export const formatDateTime = (iso: string | Date, locale?: string): string =>
  new Date(iso).toLocaleString(locale, {dateStyle: 'medium', timeStyle: 'short'});

export const formatDate = (iso: string | Date, locale?: string): string =>
  new Date(iso).toLocaleDateString(locale, {dateStyle: 'medium'});

/** A calendar day given as YYYY-MM-DD (an expiry date), at noon so no time zone moves it. */
export const formatDay = (day: string, locale?: string): string =>
  formatDate(`${day.slice(0, 10)}T12:00:00`, locale);
