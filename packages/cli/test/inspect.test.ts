import { describe, expect, inject, test } from 'vitest';
import { runCli } from './support/run-cli.js';

const importId = '2b8e4f6a-9c1d-4e3f-a7b5-0d2c4e6f8a1b';
const productId = '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10';

function env() {
  return {
    EP_BASE_URL: inject('mockUrl'),
    EP_CLIENT_ID: 'cli-test',
    EP_CLIENT_SECRET: 'cli-test-secret',
  };
}

/** Consecutive output lines, each a pattern. */
const rows = (...lines: string[]) => new RegExp(lines.join('\n'));

describe('inspecting the service (against the mock)', () => {
  test.each([
    {
      args: ['imports', 'list'],
      want: rows(
        'import +status +created +read +applied +reference',
        '2b8e4f6a-\\S+ +success +2026-12-03T02:00:01\\.125478Z +4 +2 +nightly-2026-12-03',
      ),
    },
    { args: ['imports', 'get', importId], want: /2b8e4f6a-\S+ +pending/ },
    {
      args: ['imports', 'errors', importId],
      want: rows(
        'line +field +error',
        '2 +data\\.attributes\\.locations +location slug not found',
        '4 +data\\.id +product not found',
      ),
    },
    {
      args: ['stock', 'get', productId],
      want: /dublin-warehouse +60 +5 +65\ncork-store +35 +0 +35\n\(all locations\) +95 +5 +100/,
    },
    {
      args: ['stock', 'list'],
      want: /product +available +allocated +total +locations\n9f1c6f2e-\S+ +95 +5 +100 +1/,
    },
    {
      args: ['locations', 'list'],
      want: rows(
        'location +slug +name',
        '0c4e9a7b-\\S+ +dublin-warehouse +Dublin warehouse',
        '7e6d5c4b-\\S+ +cork-store +Cork store',
      ),
    },
  ])('$args prints a table, exit 0', async ({ args, want }) => {
    const run = await runCli(args, env());

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(want);
  });

  test.each([
    {
      args: ['imports', 'list', '--json'],
      check: (data: unknown) => (data as { id: string }[])[0]?.id === importId,
    },
    {
      args: ['imports', 'get', importId, '--json'],
      check: (data: unknown) => (data as { id: string }).id === importId,
    },
    {
      args: ['imports', 'errors', importId, '--json'],
      check: (data: unknown) => (data as unknown[]).length === 2,
    },
    {
      args: ['stock', 'get', productId, '--json'],
      check: (data: unknown) => (data as { type: string }).type === 'stock',
    },
    { args: ['stock', 'list', '--json'], check: (data: unknown) => Array.isArray(data) },
    {
      args: ['locations', 'list', '--json'],
      check: (data: unknown) => (data as unknown[]).length === 2,
    },
  ])('$args prints JSON', async ({ args, check }) => {
    const run = await runCli(args, env());
    expect(run.code).toBe(0);
    expect(check(JSON.parse(run.stdout))).toBe(true);
  });

  test('a product id the service does not know is a service error: exit 3', async () => {
    const run = await runCli(['stock', 'get', 'not-a-product'], env());
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^error: 422 Invalid request/);
  });
});
