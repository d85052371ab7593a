import pino, {type Logger} from 'pino';

export type {Logger};

/** Fields whose values are secrets wherever they sit in a log object (any depth, any parent). */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'accessToken',
  'refreshToken',
  'idToken',
  'sessionToken',
  'token',
  'authorization',
  'x-shopify-hmac-sha256',
  'apiSecret',
  'secret',
  'password',
  'encryptionKey',
  'giftCardCode',
  'giftCode',
  'sealedCode',
  // Customer email addresses are personal data the app never keeps (read at send time).
  'email',
]);

/**
 * A gift card's code travels in a field named plainly `code` only beside these fields: the issue
 * answer `{ giftCard, code }` and giftCardCreate's input `{ code, initialAmount }`. Every other
 * `code` (E11000's 11000, an error's `validation_failed`) is left readable.
 */
const GIFT_CODE_SIBLINGS = ['giftCard', 'initialAmount', 'lastCharacters'];

export const CENSOR = '[redacted]';
const MAX_DEPTH = 8;

/** A copy of `value` with secret fields censored; the caller's objects are never changed. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => redactSecrets(v, depth + 1));
    return items.some((v, i) => v !== value[i]) ? items : value;
  }
  const source = value as Record<string, unknown>;
  const giftCodeHere = GIFT_CODE_SIBLINGS.some((k) => k in source);
  const out: Record<string, unknown> = {};
  let changed = false;
  for (const [key, v] of Object.entries(source)) {
    const secret = SECRET_FIELDS.has(key) || (key === 'code' && giftCodeHere);
    const next = secret && v !== null && v !== undefined ? CENSOR : redactSecrets(v, depth + 1);
    if (next !== v) changed = true;
    out[key] = next;
  }
  if (!changed) return value;
  // Errors keep what pino's serializer reads (name, message, stack are not enumerable).
  if (value instanceof Error)
    return Object.assign(Object.create(Object.getPrototypeOf(value) as object), value, out, {
      message: value.message,
      stack: value.stack,
    });
  return out;
}

/**
 * Structured logs. Redaction is a second line of defence, by field name only: code never passes
 * secrets, tokens or gift card codes to the logger in the first place.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: {app: 'human-touch'},
      formatters: {log: (object) => redactSecrets(object) as Record<string, unknown>},
    },
    destination,
  );
}
