import { describe, expect, inject, test } from 'vitest';
import { localApi, sendJson } from './support/local-api.js';
import { examples, runCli } from './support/run-cli.js';

const credentials = { EP_CLIENT_ID: 'cli-test', EP_CLIENT_SECRET: 'cli-test-secret' };
const stamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ /;

describe('import against the mock', () => {
  test('off a terminal: timestamped progress, a summary, no waiting by default', async () => {
    const env = { ...credentials, EP_BASE_URL: inject('mockUrl') };
    const run = await runCli(
      ['import', `${examples}stock.jsonl`, '--external-ref', 'cli-test'],
      env,
    );

    expect(run.code).toBe(0);
    const progress = run.stderr.trim().split('\n');
    for (const line of progress) expect(line).toMatch(stamp);
    expect(progress.map((line) => line.replace(stamp, ''))).toEqual([
      'validated 3,000 products for 1 import',
      'uploading import 1/1 (3,000 products)',
      'uploaded import 1/1 as 2b8e4f6a-9c1d-4e3f-a7b5-0d2c4e6f8a1b',
      'uploaded; not waiting for the imports to finish',
    ]);
    expect(run.stdout).toMatch(
      /1 +2b8e4f6a-9c1d-4e3f-a7b5-0d2c4e6f8a1b +pending +3,000 +- +- +cli-test/,
    );
    expect(run.stdout).toContain('3,000 products sent in 1 import');
  });

  test('--mock --wait follows the import to the end and maps line errors to the file', async () => {
    const run = await runCli(['import', `${examples}stock-wide.csv`, '--mock', '--wait']);

    // The mock's finished import rejects two lines, so not every line was applied: exit 1.
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/import 1\/1 pending: 0 read, 0 applied/);
    expect(run.stderr).toMatch(/import 1\/1 started: 4 read, 0 applied/);
    expect(run.stderr).toMatch(/import 1\/1 success: 4 read, 2 applied/);
    expect(run.stderr).toMatch(/finished: 2 lines not applied/);
    expect(run.stdout).toContain('2 lines not applied:');
    expect(run.stdout).toMatch(
      /stock-wide\.csv:3 \(row 2\): data\.attributes\.locations: location slug not found/,
    );
    expect(run.stdout).toMatch(/stock-wide\.csv:5 \(row 4\): data\.id: product not found/);
  });

  test('--json prints the summary as one document', async () => {
    const env = { ...credentials, EP_BASE_URL: inject('mockUrl') };
    const run = await runCli(['import', `${examples}stock.jsonl`, '--no-wait', '--json'], env);
    const summary = JSON.parse(run.stdout);

    expect(run.code).toBe(0);
    expect(summary).toMatchObject({
      waited: false,
      products: 3000,
      imports: [{ chunk: 1, status: 'pending' }],
    });
  });
});

describe('import refuses invalid data', () => {
  test('lists the bad lines, uploads nothing, exit 1', async () => {
    const api = await localApi((_, __, response) => sendJson(response, 500, {}));
    try {
      const env = { ...credentials, EP_BASE_URL: api.url };
      const run = await runCli(['import', `${examples}stock-with-errors.jsonl`], env);

      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'error: 5 invalid lines in stock-with-errors.jsonl; nothing was uploaded',
      );
      expect(run.stderr).toContain(
        'stock-with-errors.jsonl:2: data.id: must be a UUID, not "not-a-uuid"',
      );
      expect(api.requests).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
