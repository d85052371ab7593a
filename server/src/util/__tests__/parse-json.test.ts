import {parseJson} from '../parse-json';
import {BadRequestError} from '../../errors';

describe('parseJson', () => {
  it('when an id exceeds Number.MAX_SAFE_INTEGER, then its exact digits are kept', () => {
    expect(parseJson('{"id": 450789469000000042, "n": 12, "f": 1.5}')).toEqual({
      id: '450789469000000042',
      n: 12,
      f: 1.5,
    });
  });
  it.each(['', '{', '{"a":}', 'undefined'])('when the body is %j, then it is a 400', (text) => {
    expect(() => parseJson(text)).toThrow(BadRequestError);
  });
});
