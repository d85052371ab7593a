import {asksQuestion, QUESTION_OPENINGS} from '../question';

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
    'Note: are you open on Sundays',
    '- will you include the receipt',
    'Could you, if possible, skip the invoice',
    'WHERE   DO I FIND THE TRACKING NUMBER',
    'Who’s packing my order',
    'Does it come with batteries',
    'Gift for Sam.\n\nwhy is shipping so slow',
    'Is this the large size？',
  ])('when the note is %j, then it asks a question', (note) => {
    expect(asksQuestion(note)).toBe(true);
  });

  it.each([
    'Happy birthday Mum!',
    'Leave at the back door',
    'Gift for Sam. Love, Jo',
    'Howdy',
    'Whenever is fine',
    'Whoever opens this: enjoy!',
    'Doesnt matter which day',
    '',
    '   ',
    null,
    undefined,
    'Please ring the bell twice',
    'Thank you so much, you are the best',
    'Hi, I can you-know-what later',
    'Knock loudly. Dog is friendly!',
  ])('when the note is %j, then it is not a question', (note) => {
    expect(asksQuestion(note)).toBe(false);
  });

  it('when the phrase list is read, then it holds the 17 openings of the product brief', () => {
    expect(QUESTION_OPENINGS).toHaveLength(17);
    expect(QUESTION_OPENINGS).toContain('i was wondering');
  });
});
