/** Openings that ask something of the shop even without a question mark. */
export const QUESTION_OPENINGS: readonly string[] = [
  'can you',
  'could you',
  'would you',
  'will you',
  'is it',
  'are you',
  'do you',
  'does',
  'how',
  'when',
  'where',
  'what',
  'why',
  'which',
  'who',
  'please let me know',
  'i was wondering',
];

// Fullwidth and inverted marks too: notes come from checkouts in any language.
const QUESTION_MARK = /[?？¿]/;
// A colon counts as a break so "Note: can you …" is read as its own sentence.
const SENTENCE_BREAK = /[.!;:\n…]+/;
const LEADING_NOISE = /^[^\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** "how" opens "How long…" and "how," but not "Howdy". */
function opensWith(sentence: string, phrase: string): boolean {
  return sentence.startsWith(phrase) && !WORD_CHAR.test(sentence.charAt(phrase.length));
}

/**
 * True when a customer's order note asks the shop something, so a person answers it first
 * ("an answer beats an interaction"). Gift messages and delivery instructions are not questions.
 */
export function asksQuestion(note: string | null | undefined): boolean {
  if (!note || !note.trim()) return false;
  if (QUESTION_MARK.test(note)) return true;
  return note
    .split(SENTENCE_BREAK)
    .map((s) => s.replace(LEADING_NOISE, '').replace(/\s+/g, ' ').toLowerCase())
    .some((sentence) => QUESTION_OPENINGS.some((phrase) => opensWith(sentence, phrase)));
}
