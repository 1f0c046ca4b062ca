import { ValidationError } from '@ep-inventories/client';
import { describe, expect, test } from 'vitest';
import {
  type ChunkStore,
  type ImportProgress,
  ImportValidationError,
  importStock,
  MemoryChunkStore,
} from '../src/index.js';
import { clientFor, FakeImportService, jsonlLines, productId } from './support/fake-service.js';

const quick = { intervalMs: 1, maxIntervalMs: 1 };

function setup() {
  const service = new FakeImportService();
  return { service, client: clientFor(service) };
}

describe('importStock', () => {
  test('uploads nothing while a line is invalid', async () => {
    const { service, client } = setup();
    const source = [...jsonlLines(2), '{"data":{"type":"stock"}}'].join('\n');
    const error = await importStock(client, source, quick).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ImportValidationError);
    expect(error).toMatchObject({ invalidLines: 1, issueCount: 2 });
    expect((error as Error).message).toMatch(/^1 invalid line; nothing was uploaded/);
    expect(service.count('POST')).toBe(0);
  });

  test('with skipInvalid, uploads the valid lines and reports the others', async () => {
    const { service, client } = setup();
    const [first, second] = jsonlLines(2);
    const summary = await importStock(client, `${first}\n{oops\n${second}\n`, {
      ...quick,
      skipInvalid: true,
    });

    expect(summary.skippedLines).toBe(1);
    expect(summary.skipped[0]).toMatchObject({
      line: 2,
      reason: expect.stringMatching(/^is not valid JSON/),
    });
    expect(summary.products).toBe(2);
    expect(service.imports[0]?.file.trim().split('\n')).toHaveLength(2);
  });

  test('splits, uploads in order with derived references, waits, maps errors back', async () => {
    const { service, client } = setup();
    // The service rejects the second line of every import it receives.
    service.errorsFor = (file) =>
      file.trim().split('\n').length >= 2
        ? [{ line_number: 2, field: 'data.id', error: 'product not found' }]
        : [];
    const summary = await importStock(client, jsonlLines(5).join('\n'), {
      ...quick,
      chunkSize: 2,
      externalRef: 'nightly',
    });

    expect(
      summary.imports.map(({ externalRef, products, status }) => ({
        externalRef,
        products,
        status,
      })),
    ).toEqual([
      { externalRef: 'nightly#1/3', products: 2, status: 'success' },
      { externalRef: 'nightly#2/3', products: 2, status: 'success' },
      { externalRef: 'nightly#3/3', products: 1, status: 'success' },
    ]);
    expect(service.imports.map((item) => item.file.includes(productId(0)))).toEqual([
      true,
      false,
      false,
    ]);
    expect(
      summary.errors.map(({ chunk, chunkLine, line }) => ({ chunk, chunkLine, line })),
    ).toEqual([
      { chunk: 1, chunkLine: 2, line: 2 },
      { chunk: 2, chunkLine: 2, line: 4 },
    ]);
    expect(summary).toMatchObject({
      products: 5,
      uploaded: 5,
      imported: 3,
      errorCount: 2,
      errorsComplete: true,
    });
  });

  test('without waiting, returns once everything is uploaded', async () => {
    const { service, client } = setup();
    const summary = await importStock(client, jsonlLines(3).join('\n'), { wait: false });

    expect(summary.imports[0]?.status).toBe('pending');
    expect(service.count('GET')).toBe(0);
  });

  test('reports its progress in order', async () => {
    const { service, client } = setup();
    service.statuses = ['pending', 'success'];
    const phases: ImportProgress['phase'][] = [];
    await importStock(client, jsonlLines(3).join('\n'), {
      ...quick,
      chunkSize: 2,
      onProgress: (event) => phases.push(event.phase),
    });

    expect(phases).toEqual([
      'validated',
      'uploading',
      'uploaded',
      'uploading',
      'uploaded',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
    ]);
  });

  test.each([
    {
      title: 'an empty source',
      source: '\n\n',
      error: ImportValidationError,
      message: /^no products to import/,
    },
    {
      title: 'a reference too long for its chunk suffix',
      source: jsonlLines(3).join('\n'),
      options: { chunkSize: 1, externalRef: 'r'.repeat(2048) },
      error: ValidationError,
      message: /external reference too long/,
    },
  ])('refuses $title before uploading anything', async ({ source, options, error, message }) => {
    const { service, client } = setup();
    const attempt = importStock(client, source, { ...quick, ...options });

    await expect(attempt).rejects.toBeInstanceOf(error);
    await expect(attempt).rejects.toThrow(message);
    expect(service.count('POST')).toBe(0);
  });

  test('with skipInvalid and no valid line, nothing is sent; the issues are given', async () => {
    const { service, client } = setup();
    const error = await importStock(client, '{\n{\n', { skipInvalid: true }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as Error).message).toMatch(/^2 invalid lines; nothing was uploaded/);
    expect((error as ImportValidationError).issues.map((issue) => issue.line)).toEqual([1, 2]);
    expect(service.count('POST')).toBe(0);
  });

  test('disposes of its chunks whether the import succeeds or fails', async () => {
    const { client } = setup();
    let disposed = 0;
    const memory = new MemoryChunkStore();
    const chunkStore: ChunkStore = {
      open: () => memory.open(),
      dispose: async () => void disposed++,
    };

    await importStock(client, jsonlLines(2).join('\n'), { ...quick, chunkStore });
    await importStock(client, '{', { ...quick, chunkStore }).catch(() => undefined);
    expect(disposed).toBe(2);
  });
});
