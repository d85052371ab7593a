import {balance, blockHeight, fitText, tidyText, wrap, type Measure} from '../fit';

/** Every character half an em wide: easy arithmetic. */
const mono: Measure = (text) => text.length * 0.5;
const metrics = {ascent: 0.8, descent: 0.2, lineHeight: 1.2};

describe('wrapping', () => {
  it('when words fill a line, then the next word starts a new one', () => {
    // 10 pt: 5 pt a character, 60 pt = 12 characters a line.
    expect(wrap('thank you so much for this', 60, 10, mono)).toEqual([
      'thank you so',
      'much for',
      'this',
    ]);
  });

  it('when the note has paragraphs, then each starts a line and a blank line stays', () => {
    expect(wrap('Hi Ada\n\nThanks', 100, 10, mono)).toEqual(['Hi Ada', '', 'Thanks']);
  });

  it('when one word is wider than the line, then there is no wrap (it would be cut)', () => {
    expect(wrap('supercalifragilistic', 60, 10, mono)).toBeNull();
  });
});

describe('fitting', () => {
  const box = {width: 120, height: 40};
  const range = {max: 20, min: 10};

  it('when the note is short, then it is set at the largest size', () => {
    expect(fitText('Thanks!', box, range, mono, metrics)).toEqual({size: 20, lines: ['Thanks!']});
  });

  it('when it is longer, then it is set at the largest size at which it fits, wrapped', () => {
    const text = 'Thank you so much for your order';
    const fitted = fitText(text, box, range, mono, metrics)!;
    expect(blockHeight(fitted.lines.length, fitted.size, metrics)).toBeLessThanOrEqual(box.height);
    for (const line of fitted.lines)
      expect(mono(line) * fitted.size).toBeLessThanOrEqual(box.width);
    const bigger = fitText(text, box, {...range, min: fitted.size + 0.5}, mono, metrics);
    expect(bigger).toBeNull();
    expect(fitted.lines.join(' ')).toBe(text);
  });

  it('when it cannot fit even at the smallest size, then it is not fitted (never clipped)', () => {
    expect(fitText('word '.repeat(40), box, range, mono, metrics)).toBeNull();
  });

  it('when centred text is balanced, then it keeps its line count with lines of even length', () => {
    const fitted = {size: 10, lines: wrap('Put the team photo in this box', 130, 10, mono)!};
    expect(fitted.lines).toEqual(['Put the team photo in this', 'box']);
    expect(balance('Put the team photo in this box', fitted, 130, mono).lines).toEqual([
      'Put the team',
      'photo in this box',
    ]);
  });

  it('when a note is tidied, then spaces, tabs, line ends and blank runs are made plain', () => {
    expect(tidyText('  Dear  Ada,\r\n\r\n\r\n\tthank   you \n')).toBe('Dear Ada,\n\nthank you');
    expect(tidyText('Zoe\u0308')).toBe('Zoë');
  });
});
