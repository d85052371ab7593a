import {parse, validate} from 'graphql';
import {loadAdminSchema} from '../../../../local-shopify/src/schema';
import {API_VERSION} from '../../shopify';
import {OPERATIONS} from '../queries';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {throttleWaitMs, type AdminApi} from '../admin-client';
import {RECONCILE_ORDERS} from '../queries';

describe(`every Admin GraphQL operation against Shopify's ${API_VERSION} schema`, () => {
  const schema = loadAdminSchema(API_VERSION);

  it.each(Object.entries(OPERATIONS))(
    'when %s is validated, then it has no errors',
    (_name, text) => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    },
  );

  it('when an operation asks for a field Shopify does not have, then validation catches it', () => {
    const broken = OPERATIONS.SHOP_INFO!.replace('ianaTimezone', 'timeZoneOfTheShop');
    expect(validate(schema, parse(broken)).length).toBeGreaterThan(0);
  });

  it('when every operation is named, then logs and Shopify see which one ran', () => {
    for (const text of Object.values(OPERATIONS))
      expect(text).toMatch(/^#graphql\s+(query|mutation) [A-Z]\w+/);
  });
});

describe('throttleWaitMs', () => {
  it.each([
    [100, {currentlyAvailable: 20, restoreRate: 50}, 1650],
    [100, {currentlyAvailable: 500, restoreRate: 50}, 50],
    [1000, {currentlyAvailable: 0, restoreRate: 100}, 10050],
  ])('when %i points are asked with %j, then it waits %i ms', (cost, status, ms) => {
    expect(throttleWaitMs(cost, status)).toBe(ms);
  });
});

describe('generated operation types (npm run codegen)', () => {
  const generated = readFileSync(path.join(__dirname, '../types/admin.generated.d.ts'), 'utf8');
  const config = readFileSync(path.join(__dirname, '../../../.graphqlrc.ts'), 'utf8');

  it.each(Object.entries(OPERATIONS))(
    'when %s is edited, then codegen must have been re-run (its exact text is a key)',
    (_name, text) => {
      expect(generated).toContain(JSON.stringify(text));
    },
  );

  it('when codegen runs, then it targets the pinned API version', () => {
    expect(config).toContain(`apiVersion: '${API_VERSION}'`);
  });
});

// Compile-time checks (npm run typecheck): wrong variables or result fields are type errors.
export function typedOperationsCompileChecks(api: AdminApi) {
  // @ts-expect-error — `first` must be an Int
  void api.request('s.myshopify.com', RECONCILE_ORDERS, {first: 'ten'});
  void api.request('s.myshopify.com', RECONCILE_ORDERS, {first: 10}).then((r) => {
    // @ts-expect-error — the operation did not ask for totalPriceSet
    void r.orders.nodes[0]?.totalPriceSet;
    return r.orders.nodes[0]?.currentTotalPriceSet.shopMoney.amount;
  });
}
