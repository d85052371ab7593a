import {orderPayloadSchema, toOrderSnapshot} from '../order-payload';

const base = {
  admin_graphql_api_id: 'gid://shopify/Order/1',
  name: '#1001',
  created_at: '2026-11-22T10:00:00Z',
};
const snapshot = (extra: Record<string, unknown>) =>
  toOrderSnapshot(orderPayloadSchema.parse({...base, ...extra}));

describe('what intake keeps of an order for the writer', () => {
  it('when an order has line items and a shipping address, then it keeps "title — variant" with quantities and the city only', () => {
    const s = snapshot({
      line_items: [
        {
          title: ' Mug ',
          variant_title: 'Blue',
          quantity: 2,
          price: '12.00',
          sku: 'M-1',
          product_id: 632910392,
        },
        {title: 'Card', variant_title: null, quantity: 1},
      ],
      shipping_address: {
        city: ' Bristol ',
        country_code: 'gb',
        address1: '1 High Street',
        zip: 'BS1 4DJ',
      },
    });
    expect(s.items).toEqual([
      {title: 'Mug — Blue', quantity: 2, productGid: 'gid://shopify/Product/632910392'},
      {title: 'Card', quantity: 1, productGid: null},
    ]);
    expect(s.shipCity).toBe('Bristol');
    expect(s.countryCode).toBe('GB');
    expect(JSON.stringify(s)).not.toMatch(/High Street|BS1|12\.00|M-1/);
  });

  it('when line items are malformed, then those lines are dropped and the order is still taken', () => {
    const s = snapshot({
      line_items: [{title: 42, quantity: 1}, {quantity: 3}, {title: 'Candle', quantity: 1}],
      shipping_address: {city: 7},
    });
    expect(s.items).toEqual([{title: 'Candle', quantity: 1, productGid: null}]);
    expect(s.shipCity).toBeNull();
    expect(snapshot({line_items: 'nope'}).items).toEqual([]);
  });

  it('when an order has 50 lines with long titles, then 10 are kept, each at most 120 characters', () => {
    const s = snapshot({
      line_items: Array.from({length: 50}, () => ({title: 'x'.repeat(300), quantity: 1})),
    });
    expect(s.items).toHaveLength(10);
    expect(s.items.every((i) => i.title.length === 120)).toBe(true);
  });

  it('when there are no line items or address, then items are empty and the city unknown', () => {
    expect(snapshot({})).toMatchObject({items: [], shipCity: null});
  });
});
