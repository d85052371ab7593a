import {
  groupQuestions,
  productAsked,
  questionPart,
  questionSimilarity,
  questionWords,
  SAME_QUESTION,
  type AskedQuestion,
} from '../questions';

const same = (a: string, b: string) => questionSimilarity(questionWords(a), questionWords(b));

describe('questions customers keep asking', () => {
  it('when two customers word one question differently, then they read as the same; different questions do not', () => {
    expect(
      same('Is the mug dishwasher safe?', 'Can I put the mugs in the dishwasher?'),
    ).toBeGreaterThanOrEqual(SAME_QUESTION);
    expect(same('Is the mug dishwasher safe?', 'When will my mug ship?')).toBeLessThan(
      SAME_QUESTION,
    );
    expect(same('???', 'Is it?')).toBe(0);
  });

  it('when a note carries a gift message and a question, then only the question is kept', () => {
    expect(questionPart('Happy birthday Sam! Can you gift wrap it?')).toBe('Can you gift wrap it?');
    expect(questionPart('Leave it at the door')).toBe('Leave it at the door');
  });

  it('when the question names one of the products, then it is about that one; else the only one, else none', () => {
    const items = [
      {title: 'Stoneware mug — Blue', quantity: 1, productGid: 'gid://shopify/Product/1'},
      {title: 'Linen napkin', quantity: 4, productGid: 'gid://shopify/Product/2'},
    ];
    expect(productAsked('Is the mug dishwasher safe?', items)).toEqual({
      gid: 'gid://shopify/Product/1',
      title: 'Stoneware mug',
    });
    expect(productAsked('When does it ship?', items)).toBeNull();
    expect(productAsked('When does it ship?', items.slice(1))?.title).toBe('Linen napkin');
    expect(productAsked('Is it vegan?', [{title: 'Soap', quantity: 1}])).toEqual({
      gid: null,
      title: 'Soap',
    });
  });

  it('when the same question is asked about two products, then they are two groups, the larger first', () => {
    const q = (n: number, question: string, gid: string): AskedQuestion => ({
      orderGid: `gid://shopify/Order/${n}`,
      orderName: `#${n}`,
      askedAt: new Date(2026, 0, n),
      question,
      product: {gid, title: gid},
      answer: null,
    });
    const groups = groupQuestions([
      q(1, 'Is it dishwasher safe?', 'a'),
      q(2, 'Is it dishwasher safe?', 'b'),
      q(3, 'Dishwasher safe?', 'b'),
    ]);
    expect(groups.map((g) => [g.product?.gid, g.count])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});
