import { describe, expect, test } from 'vitest';
import { readImportErrors } from '../../src/index.js';
import { SourcePositions } from '../../src/prepare/positions.js';
import { clientFor, FakeImportService, jsonlLines } from '../support/fake-service.js';

describe('readImportErrors', () => {
  test('reads every page and maps chunk lines to source lines and rows', async () => {
    const service = new FakeImportService();
    service.errorsFor = () =>
      Array.from({ length: 250 }, (_, i) => ({
        line_number: i + 1,
        field: 'data.id',
        error: `bad ${i + 1}`,
      }));
    const client = clientFor(service);
    const created = await client.imports.create({ file: new Blob([jsonlLines(250).join('\n')]) });

    const positions = new SourcePositions();
    for (let i = 1; i <= 250; i++) positions.push({ line: i + 1, row: i });
    const errors = [];
    for await (const error of readImportErrors(client, {
      importId: created.id,
      chunk: 4,
      positions,
    })) {
      errors.push(error);
    }

    expect(errors).toHaveLength(250);
    expect(errors[249]).toEqual({
      importId: created.id,
      chunk: 4,
      chunkLine: 250,
      line: 251,
      row: 250,
      field: 'data.id',
      message: 'bad 250',
    });
    expect(service.count('GET')).toBe(3);
  });

  test('without a known source position, only the chunk line is given', async () => {
    const service = new FakeImportService();
    service.errorsFor = () => [{ line_number: 9, field: '', error: 'unreadable' }];
    const client = clientFor(service);
    const created = await client.imports.create({ file: new Blob(['x\n']) });

    const errors = [];
    for await (const error of readImportErrors(client, { importId: created.id, chunk: 1 })) {
      errors.push(error);
    }
    expect(errors).toEqual([
      { importId: created.id, chunk: 1, chunkLine: 9, message: 'unreadable' },
    ]);
  });
});
