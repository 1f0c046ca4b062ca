import { describe, expect, test } from 'vitest';
import { validateStock } from '../../src/index.js';

const id = '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10';
const otherId = '3d2a8b41-7c6e-4f19-a5d3-0e9b8c7a6f52';
const line = (locations: unknown, productId: unknown = id, type: unknown = 'stock') =>
  JSON.stringify({ data: { type, id: productId, attributes: { locations } } });
const good = line({ 'cork-store': { total: 4 } }, otherId);

describe('every bad line is reported with its line, field and reason', () => {
  test.each([
    {
      title: 'invalid JSON',
      given: '{"data":',
      want: { reason: 'is not valid JSON (Unexpected end of JSON input)' },
    },
    {
      title: 'a wrong type',
      given: line({ cork: { total: 1 } }, id, 'stocks'),
      want: { field: 'data.type', reason: 'must be "stock", not "stocks"' },
    },
    {
      title: 'missing locations',
      given: JSON.stringify({ data: { type: 'stock', id, attributes: {} } }),
      want: { field: 'data.attributes.locations', reason: 'is missing' },
    },
    {
      title: 'empty locations',
      given: line({}),
      want: { field: 'data.attributes.locations', reason: 'must not be empty' },
    },
    {
      title: 'a negative total',
      given: line({ cork: { total: -3 } }),
      want: {
        field: 'data.attributes.locations.cork.total',
        reason: 'must be a non-negative integer, not -3',
      },
    },
    {
      title: 'a fractional total',
      given: line({ cork: { total: 2.5 } }),
      want: {
        field: 'data.attributes.locations.cork.total',
        reason: 'must be a non-negative integer, not 2.5',
      },
    },
    {
      title: 'a total written as a string',
      given: line({ cork: { total: '7' } }),
      want: {
        field: 'data.attributes.locations.cork.total',
        reason: 'must be a non-negative integer, not "7"',
      },
    },
    {
      title: 'an invalid slug',
      given: line({ 'new york': { total: 1 } }),
      want: {
        field: 'data.attributes.locations["new york"]',
        reason: 'is not a valid key: must be 1 to 128 characters matching ^[A-Za-z0-9._~-]+$',
      },
    },
    {
      title: 'a product id that is not a UUID',
      given: line({ cork: { total: 1 } }, 'SKU-123'),
      want: { field: 'data.id', reason: 'must be a UUID, not "SKU-123"' },
    },
    {
      title: 'a field the line does not have',
      given: JSON.stringify({
        data: { type: 'stock', id, attributes: { locations: { cork: { total: 1 } } }, meta: {} },
      }),
      want: { field: 'data.meta', reason: 'is not a known field' },
    },
    {
      title: 'a total too large to carry exactly',
      given: line({ cork: { total: 1 } }).replace('"total":1', '"total":99999999999999999999'),
      want: {
        field: 'data.attributes.locations.cork.total',
        reason: 'must be a non-negative integer, not 100000000000000000000',
      },
    },
    {
      title: 'a field named like a property every object has',
      given: JSON.stringify({
        data: {
          type: 'stock',
          id,
          attributes: { locations: { cork: { total: 1, constructor: 1 } } },
        },
      }),
      want: { field: 'data.attributes.locations.cork.constructor', reason: 'is not a known field' },
    },
    {
      title: 'a __proto__ field',
      given:
        `{"data":{"type":"stock","id":"${id}",` +
        '"attributes":{"locations":{"cork":{"total":1}}},"__proto__":{}}}',
      want: { field: 'data.__proto__', reason: 'is not a known field' },
    },
    {
      title: 'a JSON value that is not an object',
      given: '[1,2]',
      want: { reason: 'must be an object, not a list' },
    },
  ])('$title', async ({ given, want }) => {
    const report = await validateStock(
      `${good}\n${given}\n${good.replace(otherId, id.replace('9f', 'aa'))}\n`,
      {
        fileName: 'stock.jsonl',
      },
    );

    expect(report.valid).toBe(false);
    expect(report.issues).toEqual([{ file: 'stock.jsonl', line: 2, ...want }]);
    expect(report.products).toBe(2);
  });

  test('writing available instead of total names both fields', async () => {
    const report = await validateStock(line({ cork: { available: 7 } }));
    expect(report.issues).toEqual([
      { line: 1, field: 'data.attributes.locations.cork.total', reason: 'is missing' },
      {
        line: 1,
        field: 'data.attributes.locations.cork.available',
        reason: 'is not a known field',
      },
    ]);
  });

  test('the same product twice within one import', async () => {
    const report = await validateStock(
      [line({ a: { total: 1 } }), good, line({ b: { total: 2 } })].join('\n'),
    );
    expect(report.issues).toEqual([
      {
        line: 3,
        field: 'data.id',
        reason: `repeats product ${id}, already on line 1 of this import`,
      },
    ]);
  });

  test('the same product in two different imports is allowed', async () => {
    const source = [line({ a: { total: 1 } }), good, line({ b: { total: 2 } })].join('\n');
    const report = await validateStock(source, { chunkSize: 2 });
    expect(report).toMatchObject({ valid: true, products: 3 });
  });

  test('a line over the length limit is refused without being parsed', async () => {
    const report = await validateStock(`${good}\n${'x'.repeat(5000)}\n`, { maxLineLength: 1000 });
    expect(report.issues).toEqual([{ line: 2, reason: 'is longer than 1000 characters' }]);
  });
});

describe('what is accepted', () => {
  test('a byte order mark, CRLF endings and blank lines, which keep their numbers', async () => {
    const empty = line({}, id.replace('9f', 'bb'));
    const source = `\ufeff${line({ a: { total: 1 } })}\r\n\r\n   \r\n${good}\r\n${empty}\r\n`;
    const report = await validateStock(source);

    expect(report.products).toBe(2);
    expect(report.issues).toEqual([
      { line: 5, field: 'data.attributes.locations', reason: 'must not be empty' },
    ]);
  });

  test('a Blob keeps its file name in the issues', async () => {
    const file = new File([`${line({})}\n`], 'nightly.jsonl');
    const report = await validateStock(file);
    expect(report.issues[0]).toMatchObject({ file: 'nightly.jsonl', line: 1 });
  });

  test('a byte stream split in the middle of every character', async () => {
    // Two- to four-byte characters, delivered one byte at a time.
    const bytes = new TextEncoder().encode(
      `${line({ 'cork-store': { total: 1 } })}\n${line({ 'é€😀': { total: 1 } }, otherId)}\n`,
    );
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const report = await validateStock(stream);
    expect(report.products).toBe(1);
    expect(report.issues).toEqual([
      {
        line: 2,
        field: 'data.attributes.locations["é€😀"]',
        reason: 'is not a valid key: must be 1 to 128 characters matching ^[A-Za-z0-9._~-]+$',
      },
    ]);
  });

  test('issues past maxIssues are counted and still reported to onIssue', async () => {
    const seen: number[] = [];
    const source = Array.from({ length: 30 }, () => '{').join('\n');
    const report = await validateStock(source, {
      maxIssues: 10,
      onIssue: (issue) => seen.push(issue.line ?? 0),
    });

    expect(report.issues).toHaveLength(10);
    expect(report.issueCount).toBe(30);
    expect(seen).toHaveLength(30);
  });
});
