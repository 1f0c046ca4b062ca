import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importFile, validateFile } from '../../src/node/index.js';
import { clientFor, FakeImportService, productId } from '../support/fake-service.js';
import { tempFile } from '../support/temp-files.js';

const quick = { intervalMs: 1, maxIntervalMs: 1 };

describe('files that cannot be read fail the call, not the process', () => {
  test.each([
    { title: 'a CSV file that does not exist', name: 'missing.csv', code: 'ENOENT' },
    { title: 'a JSON Lines file that does not exist', name: 'missing.jsonl', code: 'ENOENT' },
  ])('$title', async ({ name, code }) => {
    await expect(
      validateFile(join(tmpdir(), `no-such-dir-${process.pid}`, name)),
    ).rejects.toMatchObject({ code });
  });

  test('a directory named like a CSV file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'importer-dir-'));
    try {
      await expect(validateFile(dir, { format: 'csv' })).rejects.toMatchObject({ code: 'EISDIR' });
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('what a CSV file becomes', () => {
  async function uploaded(content: string, csv: object = {}) {
    const service = new FakeImportService();
    const path = await tempFile('stock.csv', content);
    await importFile(clientFor(service), path, { ...quick, csv });
    return service.imports.flatMap((item) =>
      item.file
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    );
  }

  test('long rows of one product become one line with every location', async () => {
    const [a, b] = [productId(1), productId(2)];
    const lines = await uploaded(
      `product_id,location,total\n${a},dublin,1\n${b},cork,2\n${a},cork,3\n`,
      {
        shape: 'long',
      },
    );

    expect(lines.map((line) => [line.data.id, line.data.attributes.locations])).toEqual([
      [a, { dublin: { total: 1 }, cork: { total: 3 } }],
      [b, { cork: { total: 2 } }],
    ]);
  });

  test('a location slug that reads like a built-in key stays an ordinary location', async () => {
    const lines = await uploaded(`product_id,__proto__,cork\n${productId(1)},4,5\n`);
    expect(lines[0].data.attributes.locations).toEqual(
      JSON.parse('{"__proto__":{"total":4},"cork":{"total":5}}'),
    );
    expect(Object.keys(lines[0].data.attributes.locations)).toEqual(['__proto__', 'cork']);
  });
});
