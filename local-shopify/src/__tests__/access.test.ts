import {grantedScopes, loadAccessTable, parseRequiredAccess, satisfies} from '../access';

describe('reading the schema’s requiredAccess', () => {
  it.each([
    ['`write_gift_cards` access scope.', [['write_gift_cards']]],
    [
      '`read_orders` access scope or `read_marketplace_orders` access scope.',
      [['read_orders', 'read_marketplace_orders']],
    ],
    [
      '`read_returns` access scope and (`read_orders` access scope or `read_marketplace_orders` access scope).',
      [['read_returns'], ['read_orders', 'read_marketplace_orders']],
    ],
    [
      '`write_products` access scope as well as any of `write_own_subscription_contracts`, `write_purchase_options` access scopes. Also: The user must have `manage_orders_information` permissions.',
      [['write_products'], ['write_own_subscription_contracts', 'write_purchase_options']],
    ],
    [
      '`read_customers` access scope. Also: Requires `read_customer_payment_methods` scope.',
      [['read_customers'], ['read_customer_payment_methods']],
    ],
    [
      'Any of `orders` or `shipping` access scopes or `manage_delivery_settings` user permission.',
      [['read_orders', 'read_shipping']],
    ],
    ['The user must have `read_customer_merge` permissions.', []],
  ])('when it says %j, then the scopes needed are %j', (text, groups) => {
    expect(parseRequiredAccess(text).groups).toEqual(groups);
  });

  it('when the 2026-10 table is derived, then it holds what Shopify documents for the app’s fields', () => {
    const table = loadAccessTable('2026-10');
    expect(table.get('Mutation.giftCardCreate')?.groups).toEqual([['write_gift_cards']]);
    expect(table.get('GiftCardCreateInput.customerId')?.groups).toEqual([['write_customers']]);
    expect(table.get('QueryRoot.giftCards')?.groups).toEqual([['read_gift_cards']]);
    expect(table.get('Customer')?.groups).toEqual([['read_customers']]);
    expect(table.get('Order')?.groups[0]).toContain('read_orders');
    expect(table.has('QueryRoot.shop')).toBe(false);
    expect(table.size).toBeGreaterThan(1000);
  });

  it('when write_ scopes are granted, then their read_ scopes are held too (and nothing else)', () => {
    const granted = grantedScopes('write_gift_cards,read_orders');
    expect([...granted].sort()).toEqual(['read_gift_cards', 'read_orders', 'write_gift_cards']);
    expect(satisfies(granted, parseRequiredAccess('`read_gift_cards` access scope.'))).toBe(true);
    expect(satisfies(granted, parseRequiredAccess('`read_customers` access scope.'))).toBe(false);
  });
});
