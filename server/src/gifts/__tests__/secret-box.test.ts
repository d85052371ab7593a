import {randomBytes} from 'node:crypto';
import {createSecretBox, lastCharacters} from '../secret-box';

const key = randomBytes(32).toString('hex');
const box = createSecretBox(key);
const code = 'HT7Q 9XKL 2M4P 8WZR';
const context = 'shop-a.myshopify.com|touch:6b02c32f30b1e46f59ce883f';

describe('sealing a gift card code', () => {
  it('when a code is sealed and opened with its context, then it comes back, and the sealed form shows none of it', () => {
    const sealed = box.seal(code, context);
    expect(box.open(sealed, context)).toBe(code);
    expect(sealed).not.toContain('HT7Q');
    expect(sealed.startsWith('v1.')).toBe(true);
  });

  it('when the same code is sealed twice, then the two sealed forms differ (a fresh IV each time)', () => {
    expect(box.seal(code, context)).not.toBe(box.seal(code, context));
  });

  it('when the sealed value is altered, moved to another record, or opened with another key, then it does not open', () => {
    const sealed = box.seal(code, context);
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      box.open([parts[0], parts[1], parts[2], flipped.toString('base64url')].join('.'), context),
    ).toThrow();
    expect(() => box.open(sealed, 'shop-b.myshopify.com|touch:6b02c32f30b1e46f59ce883f')).toThrow();
    expect(() => createSecretBox(randomBytes(32).toString('hex')).open(sealed, context)).toThrow();
    expect(() => box.open('HT7Q9XKL2M4P8WZR', context)).toThrow('not a sealed value');
  });

  it('when the key is not 32 bytes, then the box refuses to start', () => {
    expect(() => createSecretBox('abcd')).toThrow('ENCRYPTION_KEY');
  });

  it('when the code is reduced, then only its last four characters remain', () => {
    expect(lastCharacters(code)).toBe('8WZR');
  });
});
