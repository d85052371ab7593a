import {beHumanCheck, similarity} from '../similarity';

const prompt = 'Thank you so much for your order! We packed it with care and hope you love it.';

describe('similarity', () => {
  it.each([
    ['the same text', prompt, prompt, 1],
    [
      'the same text in other case and punctuation',
      prompt.toUpperCase().replace(/!/g, '.'),
      prompt,
      1,
    ],
    ['unrelated texts', 'Your candle was poured on Tuesday by Mia.', prompt, 0],
    ['empty text', '', prompt, 0],
  ])('when comparing %s, then it is %p', (_name, a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 5);
  });
});

describe('the be-human check', () => {
  it('when the note is the starter prompt with a name added, then it is flagged as a copy of the prompt', () => {
    const check = beHumanCheck(`Hi Ada, ${prompt}`, [prompt], []);
    expect(check.closestTo).toBe('prompt');
    expect(check.score).toBeGreaterThanOrEqual(0.5);
  });

  it('when the note repeats an earlier note to another customer, then it is flagged', () => {
    const earlier =
      'Sam here from the packing bench. Your mug came out of the kiln on Monday and we think it is one of the best.';
    expect(beHumanCheck(earlier.replace('Monday', 'Tuesday'), [], [earlier]).closestTo).toBe(
      'earlier note',
    );
  });

  it('when the note is the writer’s own words, then nothing is flagged', () => {
    const own =
      'Ada, the blue bowl you picked was the last one Jo threw before her holiday. Enjoy it with something warm!';
    expect(
      beHumanCheck(
        own,
        [prompt],
        ['Thanks for coming back, we remember your first order of candles.'],
      ),
    ).toEqual({closestTo: null, score: expect.any(Number)});
  });
});
