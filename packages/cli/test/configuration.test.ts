import { describe, expect, test } from 'vitest';
import { localApi, sendJson } from './support/local-api.js';
import { runCli } from './support/run-cli.js';

describe('configuration', () => {
  test.each([
    {
      title: 'nothing at all',
      env: {},
      missing: [
        'EP_CLIENT_ID (or --client-id)',
        'EP_CLIENT_SECRET (or --client-secret)',
        'EP_REGION or EP_BASE_URL',
      ],
    },
    {
      title: 'no secret',
      env: { EP_CLIENT_ID: 'id', EP_REGION: 'euwest' },
      missing: ['EP_CLIENT_SECRET (or --client-secret)'],
    },
    {
      title: 'no store',
      env: { EP_CLIENT_ID: 'id', EP_CLIENT_SECRET: 'secret' },
      missing: ['EP_REGION or EP_BASE_URL'],
    },
  ])('$title: exit 2, naming what is missing', async ({ env, missing }) => {
    const run = await runCli(['stock', 'list'], env);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: missing configuration: /);
    for (const name of missing) expect(run.stderr).toContain(name);
    expect(run.stdout).toBe('');
  });

  test('flags take the place of environment variables', async () => {
    const api = await localApi((request, _, response) => {
      if (request.url === '/oauth/access_token')
        sendJson(response, 200, {
          access_token: 'tok-abc',
          token_type: 'Bearer',
          expires_in: 3600,
          expires: 0,
        });
      else sendJson(response, 200, { data: [], links: { next: null } });
    });
    try {
      const run = await runCli([
        'locations',
        'list',
        '--base-url',
        api.url,
        '--client-id',
        'id',
        '--client-secret',
        'flag-secret',
      ]);
      expect(run.code).toBe(0);
      expect(api.requests.map((r) => r.path)).toEqual([
        '/oauth/access_token',
        '/v2/inventories/locations',
      ]);
      expect(api.requests[0]?.body).toContain('client_secret=flag-secret');
    } finally {
      await api.close();
    }
  });

  test('a plain-http store that is not loopback is refused: exit 2', async () => {
    const env = {
      EP_CLIENT_ID: 'id',
      EP_CLIENT_SECRET: 'secret',
      EP_BASE_URL: 'http://inventory.example.com',
    };
    const run = await runCli(['stock', 'list'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is plain http');
  });

  test('refused credentials: exit 2 with a hint', async () => {
    const api = await localApi((_, __, response) =>
      sendJson(response, 401, { errors: [{ status: 401, title: 'Unauthorized' }] }),
    );
    try {
      const run = await runCli(['stock', 'list'], {
        EP_CLIENT_ID: 'id',
        EP_CLIENT_SECRET: 'wrong',
        EP_BASE_URL: api.url,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('could not obtain an access token: 401 Unauthorized');
      expect(run.stderr).toContain('check EP_CLIENT_ID and EP_CLIENT_SECRET');
    } finally {
      await api.close();
    }
  });

  test('a store that cannot be reached: exit 3', async () => {
    const api = await localApi(() => {});
    await api.close();
    const run = await runCli(['stock', 'list'], {
      EP_CLIENT_ID: 'id',
      EP_CLIENT_SECRET: 's',
      EP_BASE_URL: api.url,
    });

    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^error: POST http:\/\/127\.0\.0\.1:\d+ failed: fetch failed \(ECONNREFUSED\)/,
    );
  });
});
