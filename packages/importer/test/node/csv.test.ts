import { describe, expect, test } from 'vitest';
import { validateFile } from '../../src/node/index.js';
import { tempFile } from '../support/temp-files.js';

const a = '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10';
const b = '3d2a8b41-7c6e-4f19-a5d3-0e9b8c7a6f52';

describe('wide CSV: a product column and one column per location', () => {
  test('valid rows, with a BOM, CRLF endings, a blank line and empty cells', async () => {
    const csv = `\ufeffproduct_id,dublin,cork\r\n${a},5,\r\n\r\n${b},,7\r\n`;
    const report = await validateFile(await tempFile('stock.csv', csv));
    expect(report).toMatchObject({ valid: true, products: 2 });
  });

  test.each([
    {
      title: 'a bad product id',
      rows: ['SKU-1,5,2'],
      want: {
        line: 2,
        row: 1,
        field: 'column "product_id"',
        reason: 'must be a UUID, not "SKU-1"',
      },
    },
    {
      title: 'a negative total',
      rows: [`${a},5,-2`],
      want: {
        line: 2,
        row: 1,
        field: 'column "cork"',
        reason: 'must be a non-negative integer, not -2',
      },
    },
    {
      title: 'a total that is not a number',
      rows: [`${a},five,`],
      want: {
        line: 2,
        row: 1,
        field: 'column "dublin"',
        reason: 'must be a non-negative integer, not "five"',
      },
    },
    {
      title: 'a row with no totals',
      rows: [`${a},,`],
      want: { line: 2, row: 1, field: 'location columns', reason: 'must not be empty' },
    },
    {
      title: 'too many cells',
      rows: [`${a},1,2,3`],
      want: { line: 2, row: 1, reason: 'has 4 cells but the header has 3' },
    },
    {
      title: 'the same product twice',
      rows: [`${a},1,2`, `${b},1,`, `${a},3,`],
      want: {
        line: 4,
        row: 3,
        field: 'column "product_id"',
        reason: `repeats product ${a}, already on line 2 of this import`,
      },
    },
    {
      title: 'an unclosed quote',
      rows: [`${a},1,2`, `"${b},1,2`],
      want: { line: 3, reason: expect.stringMatching(/^is not valid CSV \(Quote Not Closed/) },
    },
  ])('$title', async ({ rows, want }) => {
    const path = await tempFile('stock.csv', ['product_id,dublin,cork', ...rows].join('\n'));
    const report = await validateFile(path);
    expect(report.issues).toEqual([{ file: 'stock.csv', ...want }]);
  });

  test('a header column that is not a valid slug is reported once, on line 1', async () => {
    const path = await tempFile('stock.csv', `product_id,new york,cork\n${a},1,2\n${b},3,4\n`);
    const report = await validateFile(path);
    expect(report.issues).toEqual([
      {
        file: 'stock.csv',
        line: 1,
        row: 0,
        field: 'column "new york"',
        reason:
          'is not a valid location slug: must be 1 to 128 characters matching ^[A-Za-z0-9._~-]+$',
      },
    ]);
  });

  test('a location column that appears twice is reported, not silently overwritten', async () => {
    const path = await tempFile('stock.csv', `product_id,cork,dublin,cork\n${a},1,2,3\n`);
    const report = await validateFile(path);
    expect(report.issues).toEqual([
      {
        file: 'stock.csv',
        line: 1,
        row: 0,
        field: 'column "cork"',
        reason: 'appears twice in the header',
      },
    ]);
  });

  test('a total too large to carry exactly is refused, not rounded', async () => {
    const path = await tempFile('stock.csv', `product_id,cork\n${a},99999999999999999999\n`);
    const report = await validateFile(path);
    expect(report.issues).toEqual([
      {
        file: 'stock.csv',
        line: 2,
        row: 1,
        field: 'column "cork"',
        reason: 'must be a non-negative integer, not "99999999999999999999"',
      },
    ]);
  });

  test('a missing product column names the columns found', async () => {
    const path = await tempFile('stock.csv', `sku,cork\n${a},1\n`);
    const report = await validateFile(path);
    expect(report.issues).toEqual([
      {
        file: 'stock.csv',
        line: 1,
        row: 0,
        field: 'header',
        reason: 'has no column "product_id" (found: sku, cork)',
      },
    ]);
  });

  test('column names and the delimiter are configurable', async () => {
    const path = await tempFile('stock.txt', `sku;cork\n${a};1\n`);
    const report = await validateFile(path, {
      format: 'csv',
      csv: { productIdColumn: 'sku', delimiter: ';' },
    });
    expect(report).toMatchObject({ valid: true, products: 1 });
  });

  test('a quoted cell may span lines; the row is placed on its first line', async () => {
    const path = await tempFile('stock.csv', `product_id,cork\n"${a}",1\n"SKU\n2",3\n`);
    const report = await validateFile(path);
    expect(report.issues).toEqual([
      {
        file: 'stock.csv',
        line: 3,
        row: 2,
        field: 'column "product_id"',
        reason: 'must be a UUID, not "SKU\\n2"',
      },
    ]);
  });
});

describe('long CSV: one row per product and location', () => {
  const header = 'product_id,location,total';

  test('rows of a product are merged, wherever they are', async () => {
    const path = await tempFile(
      'long.csv',
      [header, `${a},dublin,1`, `${b},cork,2`, `${a},cork,3`].join('\n'),
    );
    const report = await validateFile(path, { csv: { shape: 'long' } });
    expect(report).toMatchObject({ valid: true, products: 2 });
  });

  test.each([
    {
      title: 'a bad location',
      row: `${a},new york,1`,
      want: {
        field: 'column "location"',
        reason: 'is not a valid key: must be 1 to 128 characters matching ^[A-Za-z0-9._~-]+$',
      },
    },
    {
      title: 'a bad total',
      row: `${a},cork,1.5`,
      want: { field: 'column "total"', reason: 'must be a non-negative integer, not 1.5' },
    },
    {
      title: 'a bad product id',
      row: 'x,cork,1',
      want: { field: 'column "product_id"', reason: 'must be a UUID, not "x"' },
    },
  ])('$title', async ({ row, want }) => {
    const path = await tempFile('long.csv', [header, `${b},cork,2`, row].join('\n'));
    const report = await validateFile(path, { csv: { shape: 'long' } });
    expect(report.issues).toEqual([{ file: 'long.csv', line: 3, row: 2, ...want }]);
  });

  test('the same product and location twice', async () => {
    const path = await tempFile(
      'long.csv',
      [header, `${a},cork,2`, `${b},cork,2`, `${a},cork,5`].join('\n'),
    );
    const report = await validateFile(path, { csv: { shape: 'long' } });
    expect(report.issues).toEqual([
      {
        file: 'long.csv',
        line: 4,
        row: 3,
        field: 'column "location"',
        reason: `repeats location "cork" for product ${a}, already on line 2`,
      },
    ]);
  });

  test('a missing column is named', async () => {
    const path = await tempFile('long.csv', `product_id,location\n${a},cork\n`);
    const report = await validateFile(path, { csv: { shape: 'long' } });
    expect(report.issues[0]).toMatchObject({
      line: 1,
      field: 'header',
      reason: expect.stringContaining('column "total"'),
    });
  });
});
