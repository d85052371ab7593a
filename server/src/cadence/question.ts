/** Openings that ask something of the shop even without a question mark. */
export const QUESTION_OPENINGS: readonly string[] = [
  'can you', 'could you', 'would you', 'will you', 'is it', 'are you', 'do you', 'does', 'how', 'when',
  'where', 'what', 'why', 'which', 'who', 'please let me know', 'i was wondering',
];

/**
 * True when a customer's order note asks the shop something, so a person answers it first
 * ("an answer beats an interaction"). Gift messages and delivery instructions are not questions.
 */
export function asksQuestion(note: string | null | undefined): boolean {
  if (!note || !note.trim()) return false;
  if (note.includes('?')) return true;
  return note
    .split(/[.!\n;]+/)
    .map((s) => s.replace(/^[\s"'“‘(\-–—,:]+/, '').toLowerCase())
    .some((sentence) => QUESTION_OPENINGS.some((q) => sentence === q || sentence.startsWith(`${q} `)));
}
