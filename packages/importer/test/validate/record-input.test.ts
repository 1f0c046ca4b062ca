import { ConfigurationError } from '@ep-inventories/client';
import { describe, expect, test } from 'vitest';
import { validateStock } from '../../src/index.js';

const id = '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10';

describe('records name fields the way the caller wrote them', () => {
  test.each([
    {
      title: 'a bad product id',
      given: { productId: 'SKU-1', locations: { cork: 1 } },
      want: { field: 'productId', reason: 'must be a UUID, not "SKU-1"' },
    },
    {
      title: 'a negative total',
      given: { productId: id, locations: { cork: -1 } },
      want: { field: 'locations["cork"]', reason: 'must be a non-negative integer, not -1' },
    },
    {
      title: 'no locations at all',
      given: { productId: id },
      want: { field: 'locations', reason: 'must be an object of location slug to total' },
    },
    {
      title: 'empty locations',
      given: { productId: id, locations: {} },
      want: { field: 'locations', reason: 'must not be empty' },
    },
    {
      title: 'a nested total, as in a JSON line',
      given: { productId: id, locations: { cork: { total: 3 } } },
      want: { field: 'locations["cork"]', reason: 'must be a non-negative integer, not an object' },
    },
  ])('$title', async ({ given, want }) => {
    const report = await validateStock([given] as never);
    expect(report.issues).toEqual([{ line: 1, ...want }]);
  });

  test('an async iterable is read item by item', async () => {
    async function* records() {
      yield { productId: id, locations: { cork: 2 } };
      yield { productId: id.replace('9f', 'aa'), locations: { galway: 0 } };
    }
    expect(await validateStock(records())).toMatchObject({ valid: true, products: 2 });
  });

  test('a source of another kind is refused with a ConfigurationError', () => {
    expect(() => validateStock(42 as never)).toThrow(ConfigurationError);
  });
});
