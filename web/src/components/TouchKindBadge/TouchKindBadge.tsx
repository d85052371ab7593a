import {Badge} from '@shopify/polaris';
import type {TouchKind, TouchStatus} from '../../api/types';

export const KIND_LABELS: Record<TouchKind, string> = {
  team_photo: 'Team photo',
  handwritten_card: 'Handwritten card',
  personal_email: 'Personal email',
  gift_card: 'Gift card',
  free_gift: 'Free gift',
  sticker_note: 'Sticker note',
  phone_call: 'Phone call',
  answer_question: 'Answer the question',
};

export const STATUS_LABELS: Record<TouchStatus, string> = {
  open: 'Open',
  done: 'Done',
  skipped: 'Skipped',
  held_out: 'Held out',
};

const STATUS_TONES: Record<TouchStatus, 'attention' | 'success' | undefined> = {
  open: 'attention',
  done: 'success',
  skipped: undefined,
  held_out: undefined,
};

export interface TouchKindBadgeProps {
  /** The touch's kind, shown as its human label. */
  kind: TouchKind;
}

export function TouchKindBadge({kind}: TouchKindBadgeProps) {
  return <Badge tone={kind === 'answer_question' ? 'info' : undefined}>{KIND_LABELS[kind]}</Badge>;
}

export interface TouchStatusBadgeProps {
  /** The touch's status. */
  status: TouchStatus;
}

export function TouchStatusBadge({status}: TouchStatusBadgeProps) {
  return (
    <Badge tone={STATUS_TONES[status]} progress={status === 'done' ? 'complete' : 'incomplete'}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
