import { parse, validate } from 'graphql';
import { loadAdminSchema } from '../../../../local-shopify/src/schema';
import { API_VERSION } from '../../shopify';
import { OPERATIONS } from '../queries';
import { throttleWaitMs } from '../admin-client';

describe(`every Admin GraphQL operation against Shopify's ${API_VERSION} schema`, () => {
  const schema = loadAdminSchema(API_VERSION);

  it.each(Object.entries(OPERATIONS))('when %s is validated, then it has no errors', (_name, text) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });

  it('when an operation asks for a field Shopify does not have, then validation catches it', () => {
    const broken = OPERATIONS.SHOP_INFO!.replace('ianaTimezone', 'timeZoneOfTheShop');
    expect(validate(schema, parse(broken)).length).toBeGreaterThan(0);
  });

  it('when every operation is named, then logs and Shopify see which one ran', () => {
    for (const text of Object.values(OPERATIONS)) expect(text).toMatch(/^#graphql\s+(query|mutation) [A-Z]\w+/);
  });
});

describe('throttleWaitMs', () => {
  it.each([
    [100, { currentlyAvailable: 20, restoreRate: 50 }, 1650],
    [100, { currentlyAvailable: 500, restoreRate: 50 }, 50],
    [1000, { currentlyAvailable: 0, restoreRate: 100 }, 10050],
  ])('when %i points are asked with %j, then it waits %i ms', (cost, status, ms) => {
    expect(throttleWaitMs(cost, status)).toBe(ms);
  });
});
