import { describe, expect, test } from 'vitest';
import { expectContract, expectHonoured } from '../src/checks.js';
import type { Exchange } from '../src/recorder.js';

const stock = {
  id: '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10',
  type: 'stock',
  attributes: { available: 1, allocated: 0, total: 1 },
};

const honoured: Exchange = {
  operationId: 'GetStock',
  method: 'GET',
  path: `/v2/inventories/${stock.id}`,
  status: 200,
  violations: null,
  body: { data: stock },
};

// These checks guard every contract test: each must be able to fail.
describe('expectHonoured', () => {
  test.for([
    { title: 'a path no operation has', given: { operationId: undefined }, want: /no operation/ },
    { title: 'a violation header', given: { violations: '[{}]' }, want: /violations/ },
    { title: 'an undeclared status', given: { status: 409 }, want: /not declared/ },
    { title: 'a body off its schema', given: { body: { data: {} } }, want: /breaks its schema/ },
    {
      title: 'a body where none is declared',
      given: { operationId: 'DeleteStock', method: 'DELETE', status: 204 },
      want: /none is declared/,
    },
  ])('fails on $title', ({ given, want }) => {
    expect(() => expectHonoured([{ ...honoured, ...given }])).toThrow(want);
  });

  test('passes an exchange that keeps to the document', () => {
    expect(() => expectHonoured([honoured])).not.toThrow();
  });
});

describe('expectContract', () => {
  test.for([
    { title: 'no call of the operation', given: 'ListStock', want: /sent no ListStock/ },
    { title: 'another status than expected', given: 'GetStock', want: /another status/ },
  ])('fails on $title', ({ given, want }) => {
    expect(() => expectContract([honoured], given, 404)).toThrow(want);
  });

  test('returns the latest exchange of the operation', () => {
    const later = { ...honoured, path: '/v2/inventories/later' };
    expect(expectContract([honoured, later], 'GetStock', 200)).toBe(later);
  });
});
