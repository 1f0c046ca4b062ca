import { importLineSchema } from '@ep-inventories/types';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { checkSchema, unsupportedKeywords } from '../../src/validate/schema-check.js';

const ajv = new Ajv2020({ strict: false });
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const reference = ajv.compile(importLineSchema);

const id = '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10';
const line = (locations: unknown, extra: object = {}) => ({
  data: { type: 'stock', id, attributes: { locations }, ...extra },
});

// Values on both sides of every rule, checked by our checker and by a full JSON Schema
// validator compiled from the same schema: they must agree on every one.
const values: unknown[] = [
  line({ cork: { total: 0 } }),
  line({ cork: { total: 12 }, 'dublin.warehouse_2~b': { total: 3 } }),
  line({ [`${'a'.repeat(128)}`]: { total: 1 } }),
  line({ [`${'a'.repeat(129)}`]: { total: 1 } }),
  line({ '': { total: 1 } }),
  line({ 'new york': { total: 1 } }),
  line({ cork: { total: -1 } }),
  line({ cork: { total: 1.5 } }),
  line({ cork: { total: '1' } }),
  line({ cork: { total: null } }),
  line({ cork: {} }),
  line({ cork: { total: 1, available: 1 } }),
  line({}),
  line([]),
  line({ cork: { total: 1 } }, { meta: 1 }),
  { data: { type: 'stock', id: 'not-a-uuid', attributes: { locations: { cork: { total: 1 } } } } },
  { data: { type: 'Stock', id, attributes: { locations: { cork: { total: 1 } } } } },
  { data: { id, attributes: { locations: { cork: { total: 1 } } } } },
  { data: { type: 'stock', id } },
  { data: null },
  {},
  [],
  'text',
  null,
];

describe('checkSchema', () => {
  test.each(values.map((value) => [JSON.stringify(value).slice(0, 90), value]))(
    'agrees with a full JSON Schema validator on %s',
    (_, value) => {
      const ours = checkSchema(importLineSchema, value).length === 0;
      expect(ours).toBe(reference(value));
    },
  );

  test('reports every problem of a line, each at its own path', () => {
    const issues = checkSchema(
      importLineSchema,
      line({ a: { total: -1 }, 'b c': { total: 1 } }, { x: 1 }),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'data.attributes.locations.a.total',
      'data.attributes.locations.b c',
      'data.x',
    ]);
  });
});

describe('unsupportedKeywords', () => {
  test('the document’s import line schema uses only keywords the checker understands', () => {
    expect(unsupportedKeywords(importLineSchema)).toEqual([]);
  });

  test('finds a keyword it does not understand, however deep', () => {
    const schema = { type: 'object', properties: { a: { additionalProperties: { oneOf: [] } } } };
    expect(unsupportedKeywords(schema)).toEqual(['oneOf']);
  });
});
