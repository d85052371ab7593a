import {createLinkSigner, LINK_TTL_SECONDS} from '../links';

const secret = 'a-test-secret-of-enough-length';
const grant = {
  shop: 'links.myshopify.com',
  orderIds: ['gid://shopify/Order/450789469000000001', 'gid://shopify/Order/7'],
  stock: 'avery-5163' as const,
  userId: '42',
};

describe('print links', () => {
  const signer = createLinkSigner(secret);

  it('when a link is signed and checked in time, then it grants exactly what was signed', () => {
    const now = Date.UTC(2026, 10, 22, 12);
    const {token, expiresAt} = signer.sign(grant, now);
    expect(expiresAt.getTime()).toBe(now + LINK_TTL_SECONDS * 1000);
    expect(signer.verify(token, now + 1000)).toEqual({
      ...grant,
      exp: (now + LINK_TTL_SECONDS * 1000) / 1000,
    });
  });

  it('when the link has expired, then it grants nothing', () => {
    const {token, expiresAt} = signer.sign(grant);
    expect(signer.verify(token, expiresAt.getTime())).toBeNull();
  });

  it('when any character of the link is changed, then it grants nothing', () => {
    const {token} = signer.sign(grant);
    for (let i = 0; i < token.length; i++) {
      const c = token[i] === 'A' ? 'B' : 'A';
      expect(signer.verify(token.slice(0, i) + c + token.slice(i + 1))).toBeNull();
    }
  });

  it('when the payload is swapped for another shop, then the signature no longer matches', () => {
    const {token} = signer.sign(grant);
    const [, sig] = token.split('.');
    const other = Buffer.from(
      JSON.stringify({
        v: 1,
        s: 'other.myshopify.com',
        o: ['7'],
        k: 'avery-5163',
        u: '42',
        e: 9_999_999_999,
      }),
    ).toString('base64url');
    expect(signer.verify(`${other}.${sig}`)).toBeNull();
  });

  it('when a link was signed with another secret, or is not a link at all, then it grants nothing', () => {
    const {token} = createLinkSigner('another-secret-of-enough-length').sign(grant);
    for (const t of [token, '', '.', 'abc', `${token}.x`, token.replace('.', '')])
      expect(signer.verify(t)).toBeNull();
  });
});
