/**
 * Starter prompts per touch kind: they help a person begin, and the be-human check flags a note or
 * email that just copies one (in the panel, and again on the server before an email is sent).
 */
export const PROMPTS: Readonly<Record<string, string[]>> = {
  handwritten_card: [
    'Thank you so much for your order! We packed it with care and hope you love it.',
    'Mention something true about their order: who made it, when, or why you like it.',
  ],
  sticker_note: ['A line about the item in the box, in your own words, signed with your name.'],
  personal_email: ['Tell them who you are at the shop and one real thing about their order.'],
  team_photo: ['Say hello from the team in the photo and what you were packing that day.'],
  answer_question: ['Answer their question first, plainly; then say thanks.'],
};
