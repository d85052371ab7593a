import {createNumbering} from '../numbering';
import {useTestDb} from '../../../test/support/test-db';
import type {OrderFactsDoc} from '../../intake/order.model';

const db = useTestDb('num');

const facts = (i: number): OrderFactsDoc => ({
  orderGid: `gid://shopify/Order/${i}`,
  name: `#${i}`,
  orderCreatedAt: new Date(),
  totalPrice: 1,
  currency: 'GBP',
  sourceName: 'web',
  countryCode: 'GB',
  note: null,
  hasEmail: false,
  acceptsMarketing: false,
  customerGid: null,
  customerName: null,
  customerTags: [],
});

describe('numbering across app instances', () => {
  it('when two instances number 200 orders concurrently, each order twice, then sequences are exactly 1..200', async () => {
    const shop = 'two-instances.myshopify.com';
    const a = createNumbering({models: db.models});
    const b = createNumbering({models: db.models});
    const work = Array.from({length: 200}, (_, i) => [
      () => a.number(shop, facts(i)),
      () => b.number(shop, facts(i)),
    ]).flat();
    const results = await Promise.all(
      work.map(
        (w, i) =>
          new Promise<number>((resolve, reject) =>
            setTimeout(() => w().then((r) => resolve(r.sequence), reject), i % 7),
          ),
      ),
    );
    const docs = await db.models.OrderSequence.find({shop}).lean();
    expect(docs.map((d) => d.sequence).sort((x, y) => x - y)).toEqual(
      Array.from({length: 200}, (_, i) => i + 1),
    );
    // Both deliveries of an order were told the same number.
    for (let i = 0; i < 200; i++) expect(results[2 * i]).toBe(results[2 * i + 1]);
  });

  it('when a process died after its insert but before moving the counter, then the next order still gets the next number', async () => {
    const shop = 'crashed.myshopify.com';
    const n = createNumbering({models: db.models});
    await n.number(shop, facts(1));
    // Simulate the crash: a taken number the counter never heard of.
    await db.models.OrderSequence.create({
      _id: `${shop}|2`,
      shop,
      sequence: 2,
      orderGid: 'gid://shopify/Order/2',
      facts: facts(2),
    });
    const fresh = createNumbering({models: db.models}); // a restarted process: no in-memory hint
    expect((await fresh.number(shop, facts(3))).sequence).toBe(3);
    expect(await fresh.number(shop, facts(2))).toEqual({sequence: 2, created: false});
  });
});
