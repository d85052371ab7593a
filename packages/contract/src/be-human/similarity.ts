/** Lower-case words, punctuation dropped: what two notes are compared on. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Word-trigram shingles (single words for very short notes). */
function shingles(text: string): Set<string> {
  const w = words(text);
  if (w.length < 3) return new Set(w);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  return out;
}

/** Jaccard similarity of word trigrams, 0 (nothing shared) to 1 (the same words in the same order). */
export function similarity(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared);
}

export interface HumanCheck {
  /** The most similar earlier text, when too close. */
  closestTo: 'prompt' | 'earlier note' | null;
  score: number;
}

/** From this similarity on, a note reads as a copy (tuned on the tests' examples). */
export const COPY_THRESHOLD = 0.5;

/**
 * The "be human" check: a note that is a near-copy of a starter prompt or of an earlier note
 * is flagged before it goes in the box. Prompts help people start; they are never sent as is.
 */
export function beHumanCheck(note: string, prompts: string[], earlierNotes: string[]): HumanCheck {
  let best: HumanCheck = {closestTo: null, score: 0};
  for (const [kind, texts] of [
    ['prompt', prompts],
    ['earlier note', earlierNotes],
  ] as const) {
    for (const text of texts) {
      const score = similarity(note, text);
      if (score > best.score) best = {closestTo: kind, score};
    }
  }
  return best.score >= COPY_THRESHOLD ? best : {closestTo: null, score: best.score};
}
