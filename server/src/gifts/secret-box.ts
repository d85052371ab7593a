import {createCipheriv, createDecipheriv, randomBytes} from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for the few secrets the app must keep readable for a while (a gift card's full code
 * until it is printed or emailed, docs/PRODUCT.md). `context` is bound as associated data — e.g. the shop
 * and the touch — so a sealed value copied onto another record does not open.
 * Sealed form: `v1.<base64url iv>.<base64url tag>.<base64url ciphertext>`.
 */
export function createSecretBox(keyHex: string) {
  const key = Buffer.from(keyHex, 'hex');
  if (key.length !== 32) throw new Error('ENCRYPTION_KEY must be 32 bytes (64 hex characters)');

  function seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, {authTagLength: TAG_BYTES});
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  /** Throws when the value was altered, sealed with another key, or for another context. */
  function open(sealed: string, context: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined)
      throw new Error('not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }

  return {seal, open};
}

export type SecretBox = ReturnType<typeof createSecretBox>;

/** What may be kept and shown once the full code is no longer needed: its last characters. */
export const lastCharacters = (code: string, n = 4) => code.replace(/\s+/g, '').slice(-n);
