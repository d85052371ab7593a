/** A time zone as a merchant picks it: "Europe/London (GMT+01:00)". */
const labelOf = (zone: string, now: Date): string => {
  try {
    const offset = new Intl.DateTimeFormat('en', {timeZone: zone, timeZoneName: 'longOffset'})
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value;
    return `${zone.replace(/_/g, ' ')}${offset ? ` (${offset})` : ''}`;
  } catch {
    return zone;
  }
};

const ALL: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

/**
 * The time zones to choose from: the shop's own in Shopify first (marked), then every zone the
 * browser knows, and the stored one even when the browser doesn't list it (e.g. "UTC").
 */
export function timeZoneOptions(
  current: string,
  shopZone: string | null,
  now = new Date(),
): {label: string; value: string}[] {
  const zones = [...new Set([...(shopZone ? [shopZone] : []), current, 'UTC', ...ALL])];
  return zones.map((zone) => ({
    value: zone,
    label:
      zone === shopZone
        ? `${labelOf(zone, now)} — your shop's time zone in Shopify`
        : labelOf(zone, now),
  }));
}
