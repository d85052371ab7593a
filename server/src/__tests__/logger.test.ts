import {Writable} from 'node:stream';
import {CENSOR, createLogger, redactSecrets} from '../logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return {logger: createLogger('debug', stream), lines};
}

describe('the logger redacts by field name', () => {
  it('when a refusal or a duplicate-key error is logged, then its code stays readable', () => {
    const {logger, lines} = capture();
    logger.debug({code: 'validation_failed', path: '/api/rules'}, 'request refused');
    logger.error({err: Object.assign(new Error('E11000 duplicate key'), {code: 11000})}, 'failed');
    expect(lines[0]!.code).toBe('validation_failed');
    expect((lines[1]!.err as {code: number; message: string}).code).toBe(11000);
    expect((lines[1]!.err as {message: string}).message).toBe('E11000 duplicate key');
  });

  it('when tokens sit at any depth, then each is censored and the rest is kept', () => {
    const {logger, lines} = capture();
    const session = {shop: 'a.myshopify.com', accessToken: 'shpat_secret', refreshToken: 'shprt_x'};
    logger.info(
      {shop: 'a', session, req: {headers: {authorization: 'Bearer eyJ', accept: 'json'}}},
      'x',
    );
    const line = JSON.stringify(lines[0]);
    expect(line).not.toMatch(/shpat_secret|shprt_x|eyJ/);
    expect(lines[0]).toMatchObject({
      shop: 'a',
      session: {shop: 'a.myshopify.com', accessToken: CENSOR, refreshToken: CENSOR},
      req: {headers: {authorization: CENSOR, accept: 'json'}},
    });
    expect(session.accessToken).toBe('shpat_secret'); // the caller's object is untouched
  });

  it("when a gift card's code is logged beside the card or in giftCardCreate's input, then it is censored", () => {
    const {logger, lines} = capture();
    logger.info({issued: {giftCard: {id: 'gid://shopify/GiftCard/1'}, code: 'HT4F9K2QW7XZ'}}, 'a');
    logger.info({variables: {input: {code: 'HT4F9K2QW7XZ', initialAmount: '10.00'}}}, 'b');
    logger.info({giftCardCode: 'HT4F9K2QW7XZ', sealedCode: 'v1.abc'}, 'c');
    expect(JSON.stringify(lines)).not.toContain('HT4F9K2QW7XZ');
    expect(JSON.stringify(lines)).not.toContain('v1.abc');
    expect(lines[1]).toMatchObject({variables: {input: {code: CENSOR, initialAmount: '10.00'}}});
  });

  it('when nothing secret is in an object, then the same object comes back', () => {
    const plain = {shop: 'a', counts: [1, 2], nested: {code: 'not_found'}};
    expect(redactSecrets(plain)).toBe(plain);
  });
});
