/** The touch kinds and statuses of the public contract (README "Public contract"). */
export type TouchKind =
  | 'team_photo' | 'handwritten_card' | 'personal_email' | 'gift_card'
  | 'free_gift' | 'sticker_note' | 'phone_call' | 'answer_question';
export type TouchStatus = 'open' | 'done' | 'skipped' | 'held_out';

export interface Touch {
  id: string;
  orderId: string;
  orderName: string;
  sequence: number | null;
  kind: TouchKind;
  status: TouchStatus;
  ruleId: string | null;
  assignee: string | null;
  createdAt: string;
  orderCreatedAt: string;
  customer: { id: string; displayName: string | null } | null;
  skipReason?: string | null;
}

export interface TouchPage {
  touches: Touch[];
  nextCursor: string | null;
}
