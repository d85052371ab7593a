import type {FontMetrics} from './fonts';

/** Width of a string at font size 1, in points (a measurer from pdfkit, see measure.ts). */
export type Measure = (text: string) => number;

/** The sizes text may take on a label: from the largest down to the smallest still readable. */
export interface SizeRange {
  max: number;
  min: number;
}

/** Text set at one size in lines, each no wider than its box. */
export interface Fitted {
  size: number;
  lines: string[];
}

const STEP = 0.5;

/**
 * A note as it will be set: Unicode NFC, Windows line ends and tabs made plain, runs of spaces
 * collapsed, each line trimmed, at most one blank line in a row.
 */
export function tidyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Greedy word wrap at one size: every paragraph (`\n`) starts a line, words break at spaces.
 * Returns null when a single word is wider than the line (it would have to be cut).
 */
export function wrap(text: string, width: number, size: number, measure: Measure): string[] | null {
  const limit = width / size;
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ').filter(Boolean)) {
      const w = measure(word);
      if (w > limit) return null;
      if (line && lineWidth + space + w <= limit) {
        line += ` ${word}`;
        lineWidth += space + w;
      } else {
        if (line) lines.push(line);
        line = word;
        lineWidth = w;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Height of `lineCount` lines from the top of the tallest glyph to the bottom of the deepest. */
export const blockHeight = (lineCount: number, size: number, m: FontMetrics) =>
  size * (m.ascent + (lineCount - 1) * m.lineHeight + m.descent);

/**
 * The largest size in the range (in half points) at which the text, wrapped, fits the box: the
 * note shrinks first and wraps at every size. Null when it cannot fit even at the smallest size
 * (it is never clipped: the caller reports it). Lines are measured whole at the chosen size, so
 * kerning across word boundaries can never push one past the edge.
 */
export function fitText(
  text: string,
  box: {width: number; height: number},
  range: SizeRange,
  measure: Measure,
  m: FontMetrics,
): Fitted | null {
  for (let size = range.max; size >= range.min - 1e-9; size = Math.round((size - STEP) * 2) / 2) {
    const lines = wrap(text, box.width, size, measure);
    if (!lines || blockHeight(lines.length, size, m) > box.height) continue;
    if (lines.every((line) => measure(line) * size <= box.width)) return {size, lines};
  }
  return null;
}

/** The same number of lines, as even as they can be (for centred text): the narrowest width that still gives them. */
export function balance(text: string, fitted: Fitted, width: number, measure: Measure): Fitted {
  if (fitted.lines.length < 2) return fitted;
  let lo = 0;
  let hi = width;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const lines = wrap(text, mid, fitted.size, measure);
    if (lines && lines.length <= fitted.lines.length) hi = mid;
    else lo = mid;
  }
  return {size: fitted.size, lines: wrap(text, hi, fitted.size, measure) ?? fitted.lines};
}
