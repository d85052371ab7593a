import {createHash} from 'node:crypto';

/** The image types a staff photo may have, and the bytes each starts with. */
export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
export const PHOTO_LIMIT_BYTES = 2 * 1024 * 1024;

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type the bytes really are, from their magic number; null when none of ours. */
export function sniffImage(bytes: Buffer): PhotoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** The declared media type without parameters, when it is one of ours. */
export function photoType(contentType: string | undefined): PhotoType | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return (PHOTO_TYPES as readonly string[]).includes(type) ? (type as PhotoType) : null;
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
export const etagOf = (sha: string) => `"${sha.slice(0, 32)}"`;
