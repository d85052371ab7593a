import {z} from 'zod';

/**
 * Control characters (C0, DEL, C1) and the bidirectional controls (embeddings, overrides and
 * isolates, U+202A–U+202E, U+2066–U+2069, and the marks U+200E/U+200F/U+061C): in a name they
 * make what staff read differ from what is stored, e.g. "Jo‮evil" shown reversed.
 * https://unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const hasUnsafeCharacters = (s: string) => UNSAFE.test(s);

/** A one-line name or label: trimmed, 1..max characters, no control or bidi-control characters. */
export const plainText = (max: number, required?: string) =>
  z
    .string()
    .trim()
    .min(1, required)
    .max(max, `at most ${max} characters`)
    .refine(
      (s) => !hasUnsafeCharacters(s),
      'control and text-direction characters are not allowed',
    );
