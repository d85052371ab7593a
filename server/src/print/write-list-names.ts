/** Kinds as the writer reads them on the write list. */
export const KIND_NAMES: Record<string, string> = {
  team_photo: 'team photo',
  handwritten_card: 'handwritten card',
  personal_email: 'personal email',
  gift_card: 'gift card',
  free_gift: 'free gift',
  sticker_note: 'sticker note',
  phone_call: 'phone call',
  answer_question: 'answered question',
};
