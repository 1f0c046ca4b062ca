import { describe, expect, test } from 'vitest';
import { runCli } from './support/run-cli.js';

describe('help', () => {
  test.each([
    [[]],
    [['validate']],
    [['import']],
    [['imports']],
    [['imports', 'list']],
    [['imports', 'get']],
    [['imports', 'errors']],
    [['stock']],
    [['stock', 'get']],
    [['stock', 'list']],
    [['locations']],
    [['locations', 'list']],
  ])('%j --help shows usage and an example, exit 0', async (command) => {
    const run = await runCli([...command, '--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ep-inventories/);
    expect(run.stdout).toMatch(/Example:\n {2}\$ ep-inventories /);
  });

  test('the top-level help documents the exit statuses', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toContain('0 ok, 1 invalid data or failed import, 2 usage or configuration');
  });

  test.each([
    { title: 'an unknown command', args: ['restock'], message: /unknown command 'restock'/ },
    {
      title: 'an unknown option',
      args: ['validate', 'x.jsonl', '--fast'],
      message: /unknown option '--fast'/,
    },
    {
      title: 'a missing argument',
      args: ['validate'],
      message: /missing required argument 'file'/,
    },
    {
      title: 'a bad choice',
      args: ['validate', 'x.csv', '--csv-shape', 'tall'],
      message: /Allowed choices are wide, long/,
    },
    {
      title: 'a bad number',
      args: ['imports', 'list', '--limit', '0'],
      message: /expected a whole number of 1 or more/,
    },
  ])('$title is a usage error: exit 2', async ({ args, message }) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
