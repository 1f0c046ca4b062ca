import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type LocalApi, localApi, sendJson } from './support/local-api.js';
import { examples, type Run, runCli } from './support/run-cli.js';

const flagSecret = 'flag-Secret-7Q2x';
const envSecret = 'env-Secret-9Z4k';
const issuedToken = 'issued-Token-Value-3F8m';
// The token the mock's example hands out.
const mockToken = '0f3b5c2d9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c';

let echo: LocalApi;
beforeAll(async () => {
  // A badly behaved service that repeats whatever credentials it was sent.
  echo = await localApi((request, body, response) => {
    if (request.url === '/oauth/access_token') {
      sendJson(response, 200, {
        access_token: issuedToken,
        token_type: 'Bearer',
        expires_in: 3600,
        expires: 0,
      });
      return;
    }
    const detail = `denied ${request.headers.authorization} after ${body}`;
    sendJson(response, 403, { errors: [{ status: 403, title: 'Forbidden', detail }] });
  });
});
afterAll(() => echo.close());

function leaks(run: Run): string[] {
  const text = run.stdout + run.stderr;
  return [flagSecret, envSecret, issuedToken, mockToken].filter((secret) => text.includes(secret));
}

describe('secrets never appear in any output', () => {
  test.each([
    {
      title: 'a successful list (flag)',
      args: ['locations', 'list', '--client-secret', flagSecret],
      target: 'mock',
    },
    {
      title: 'a successful list as JSON (environment)',
      args: ['stock', 'list', '--json'],
      target: 'mock',
    },
    {
      title: 'an import with its summary as JSON',
      args: ['import', `${examples}stock.jsonl`, '--no-wait', '--json'],
      target: 'mock',
    },
    {
      title: 'a service that echoes the token (flag)',
      args: ['stock', 'list', '--client-secret', flagSecret],
      target: 'echo',
    },
    {
      title: 'a service that echoes the token, as JSON',
      args: ['imports', 'list', '--json'],
      target: 'echo',
    },
    {
      title: 'a store that cannot be reached',
      args: ['stock', 'list', '--client-secret', flagSecret],
      target: 'closed',
    },
  ])('$title', async ({ args, target }) => {
    const baseUrl =
      target === 'mock' ? inject('mockUrl') : target === 'echo' ? echo.url : 'http://127.0.0.1:9';
    const run = await runCli(args, {
      EP_CLIENT_ID: 'cli-test',
      EP_CLIENT_SECRET: envSecret,
      EP_BASE_URL: baseUrl,
    });

    expect(run.stdout + run.stderr).not.toBe('');
    expect(leaks(run)).toEqual([]);
  });

  test('the echoing service really did receive the secrets the test looks for', () => {
    const sent = echo.requests
      .map((request) => `${request.authorization} ${request.body}`)
      .join('\n');
    expect(sent).toContain(issuedToken);
    expect(sent).toContain(flagSecret);
  });
});
