import { asksQuestion } from '../question';

describe('asksQuestion', () => {
  it.each([
    'Could you gift wrap it please',
    'Is it possible to ship before Friday?',
    'can you write "love, Dad" on the card',
    'When will it arrive',
    'Hi! Do you have this in blue',
    'I was wondering if the candle is vegan',
    'Please let me know if the size runs small',
    '  "Would you add a spare wick',
    'What time do you post',
    'Which colour is the lid',
    'Thanks. How long does it burn',
    'Leave it at the door?',
  ])('when the note is %j, then it asks a question', (note) => {
    expect(asksQuestion(note)).toBe(true);
  });

  it.each([
    'Happy birthday Mum!',
    'Leave at the back door',
    'Gift for Sam. Love, Jo',
    'Howdy',
    'Whenever is fine',
    '',
    '   ',
    null,
    undefined,
    'Please ring the bell twice',
  ])('when the note is %j, then it is not a question', (note) => {
    expect(asksQuestion(note as string | null | undefined)).toBe(false);
  });
});
