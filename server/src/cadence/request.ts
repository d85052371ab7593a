/** Words in an order note that ask something of the packer: wrapping, a message, what to leave out. */
const PARCEL_REQUEST =
  /\b(gift[ -]?wrap\w*|wrap(ped|ping)?\b.*\bgift|ribbon|gift (message|note|card|box)|(it'?s|this is) a (gift|present|surprise)|surprise|no (receipt|invoice|price|prices|packing slip)|(remove|hide) (the )?(price|receipt|invoice))/i;

const MAX_LENGTH = 80;

/**
 * The customer's own words when their order note asks something of the parcel ("gift wrap,
 * please"), shortened for the sticker; null when it doesn't. The packer reads them on the print
 * queue and the sticker, whichever touch goes in the box.
 */
export function packerRequest(note: string | null | undefined): string | null {
  const text = note?.replace(/\s+/g, ' ').trim();
  if (!text || !PARCEL_REQUEST.test(text)) return null;
  return text.length <= MAX_LENGTH ? text : `${text.slice(0, MAX_LENGTH - 1).trimEnd()}…`;
}
