import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { examples, runCli } from './support/run-cli.js';

describe('validate', () => {
  test('a valid file: a summary, exit 0', async () => {
    const run = await runCli(['validate', `${examples}stock.jsonl`]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/stock\.jsonl: 3,000 valid products, no issues\n$/);
  });

  test('a valid CSV file', async () => {
    const run = await runCli(['validate', `${examples}stock-wide.csv`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('500 valid products, no issues');
  });

  test('an invalid file: every bad line with its line, field and reason, exit 1', async () => {
    const run = await runCli(['validate', `${examples}stock-with-errors.jsonl`]);

    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'stock-with-errors.jsonl:2: data.id: must be a UUID, not "not-a-uuid"',
      'stock-with-errors.jsonl:3: data.attributes.locations.belfast-depot.total: ' +
        'must be a non-negative integer, not -3',
      'stock-with-errors.jsonl:4: data.attributes.locations: must not be empty',
      'stock-with-errors.jsonl:5: is not valid JSON (Unexpected end of JSON input)',
      'stock-with-errors.jsonl:6: data.id: repeats product ' +
        '16a515b4-37c7-48c6-9f84-f37b643b6e3d, already on line 1 of this import',
    ]);
    expect(run.stdout).toContain('1 valid product, 5 invalid lines (5 issues)');
  });

  test('--json prints one document a machine can read', async () => {
    const run = await runCli(['validate', `${examples}stock-with-errors.jsonl`, '--json']);
    const report = JSON.parse(run.stdout);

    expect(run.code).toBe(1);
    expect(report).toMatchObject({ valid: false, products: 1, invalidLines: 5, issueCount: 5 });
    expect(report.issues[0]).toEqual({
      file: 'stock-with-errors.jsonl',
      line: 2,
      field: 'data.id',
      reason: 'must be a UUID, not "not-a-uuid"',
    });
  });

  test('long output through a pipe arrives whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-test-'));
    try {
      const path = join(dir, 'bad.jsonl');
      await writeFile(path, '{"data":{"type":"stock","id":"not-a-uuid"}}\n'.repeat(3000));
      const run = await runCli(['validate', path, '--json', '--max-issues', '10000']);

      expect(run.stdout.length).toBeGreaterThan(256 * 1024);
      expect(JSON.parse(run.stdout).issues).toHaveLength(6000);
      expect(run.code).toBe(1);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  test('a directory is a usage error: exit 2', async () => {
    const run = await runCli(['validate', tmpdir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('it is not a file');
  });

  test('a file that does not exist is a usage error: exit 2', async () => {
    const run = await runCli(['validate', 'no-such-file.jsonl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read no-such-file.jsonl');
  });

  test('output to a pipe carries no colour codes', async () => {
    const run = await runCli(['validate', `${examples}stock-with-errors.jsonl`]);
    expect(run.stdout + run.stderr).not.toContain('\u001b[');
  });
});
