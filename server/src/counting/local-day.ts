/** The calendar day (YYYY-MM-DD) of an instant in a shop's time zone. */
export function localDay(at: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}

/** Midnight UTC of a YYYY-MM-DD day shifted by `days` (for trailing-volume windows). */
export function dayStart(day: string, days = 0): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}
