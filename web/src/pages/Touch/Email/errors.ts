import {ApiError} from '../../../api/client';

/** A refused preview or send, with the fields to mark. */
export interface SendProblem {
  title: string;
  message: string;
  fields: Partial<Record<'subject' | 'body' | 'includeGiftCard', string>>;
  /** The server knows something the page doesn't (an email exists, consent changed): read the touch again. */
  stale?: boolean;
}

/** The server's email errors (POST /api/touches/:id/email and …/preview) as messages for the writer. */
export function sendProblem(error: unknown): SendProblem {
  if (!(error instanceof ApiError))
    return {
      title: 'The email was not sent',
      message: (error as Error)?.message ?? 'Something went wrong.',
      fields: {},
    };
  const fields = Object.fromEntries(
    Object.entries(error.fields ?? {}).map(([k, v]) => [k, v[0]]),
  ) as SendProblem['fields'];
  switch (error.code) {
    case 'validation_failed':
      return {title: 'Check the highlighted fields', message: error.message, fields};
    case 'email_exists':
      return {
        title: 'This touch already has its email',
        message: 'An email is already queued or sent for this touch; a customer never gets two.',
        fields,
        stale: true,
      };
    case 'not_human':
      return {
        title: 'This reads like a copy',
        message: error.message,
        fields: {body: 'Write this in your own words.'},
      };
    case 'needs_gift_card':
      return {
        title: 'No gift certificate yet',
        message: 'Issue the gift certificate first, or untick “Include the gift certificate”.',
        fields,
        stale: true,
      };
    case 'cannot_email':
      return {title: 'This customer can’t be emailed', message: error.message, fields, stale: true};
    default:
      return {title: 'The email was not sent', message: error.message, fields};
  }
}
