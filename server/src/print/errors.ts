import {AppError} from '../errors';
import type {TouchProblem} from './content';

const PROBLEM_WORDS: Record<TouchProblem['problem'], string> = {
  note_too_long: 'the note is too long for this stock',
  note_missing: 'the note is not written yet',
  not_printable_kind: 'nothing of this kind goes in the box',
  skipped: 'the touch was skipped',
  held_out: 'the touch is held out for the comparison',
};

/** Some touches asked for cannot be printed (422): each with its order and why. Nothing was printed. */
export class NotPrintableError extends AppError {
  constructor(stock: string, touches: TouchProblem[]) {
    const first = touches[0]!;
    const more = touches.length > 1 ? ` (and ${touches.length - 1} more)` : '';
    super(
      422,
      'not_printable',
      `Cannot print on ${stock}: ${first.orderName} — ${PROBLEM_WORDS[first.problem]}${more}`,
      {stock, touches},
    );
  }
}

/** The orders asked for have no touch that puts something in the box. */
export class NothingToPrintError extends AppError {
  constructor() {
    super(
      422,
      'nothing_to_print',
      'None of these orders has a touch that puts something in the box (a sticker note, signed card, team photo or free gift)',
    );
  }
}

/** Everything asked for was printed before; a reprint must say so (`reprint: true`). */
export class AlreadyPrintedError extends AppError {
  constructor(touchIds: string[]) {
    super(
      409,
      'already_printed',
      'These stickers were printed before; send reprint: true to print them again',
      {touchIds},
    );
  }
}

/** A print link that is not valid: tampered, expired, or for another shop or other orders. */
export class LinkRefusedError extends AppError {
  constructor(
    message = 'This print link is not valid: it was changed, has expired or is for another shop',
  ) {
    super(403, 'forbidden', message);
  }
}
