import {readFileSync} from 'node:fs';
import * as fontkit from 'fontkit';
import type {Measure} from './fit';

/**
 * Caveat Regular (SIL OFL), the family the panel's preview uses (@fontsource/caveat). The PDFs take
 * the complete TTF from @expo-google-fonts/caveat (Latin, Latin Extended, Cyrillic in one file):
 * @fontsource splits it into one WOFF per Unicode range, and a note mixing ranges would need several.
 */
export const CAVEAT_TTF =
  require.resolve('@expo-google-fonts/caveat/400Regular/Caveat_400Regular.ttf');

/** The font of the note and typed signatures: the handwriting, or Helvetica (the benchmark's baseline). */
export type NoteFont = 'caveat' | 'helvetica';

/** Vertical metrics in em: room above the baseline for the tallest glyph, below it for the deepest, and the line pitch. */
export interface FontMetrics {
  ascent: number;
  descent: number;
  lineHeight: number;
}

/**
 * Caveat: measured from the TTF's glyph boxes (accented capitals reach 0.864 em, `q` -0.226 em);
 * a handwritten line pitch of 1.08 em. Helvetica: from its AFM (Aring 0.93 em, descender -0.207 em).
 */
export const METRICS: Record<NoteFont, FontMetrics> = {
  caveat: {ascent: 0.87, descent: 0.23, lineHeight: 1.08},
  helvetica: {ascent: 0.93, descent: 0.21, lineHeight: 1.15},
};

/** A font as drawing needs it: its pdfkit name, widths and vertical metrics. */
export interface FontFace {
  name: string;
  measure: Measure;
  metrics: FontMetrics;
}

/** pdfkit names: the registered handwriting font, and the standard fonts used for the bench's baseline and packing text. */
export const PDF_FONTS = {
  caveat: 'Caveat',
  helvetica: 'Helvetica',
  bold: 'Helvetica-Bold',
} as const;

export interface Handwriting {
  /** The TTF bytes, registered into each document (pdfkit embeds only the glyphs used). */
  data: Buffer;
  /** Characters of `text` the font has no glyph for (emoji, CJK…), each once. */
  missingCharacters(text: string): string[];
}

export function loadHandwriting(path = CAVEAT_TTF): Handwriting {
  const data = readFileSync(path);
  const font = fontkit.create(data);
  if (!('hasGlyphForCodePoint' in font))
    throw new Error(`${path} is a font collection, not one font`);
  const missingCharacters = (text: string) => {
    const missing = new Set<string>();
    for (const ch of text)
      if (!/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch);
    return [...missing];
  };
  return {data, missingCharacters};
}
