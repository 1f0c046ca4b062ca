import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { createInventoriesClient, type Logger } from '../src/index.js';
import { Redactor, redactError } from '../src/redact.js';
import {
  fakeFetch,
  type Handler,
  isTokenRequest,
  json,
  productId,
  tokenAnswer,
} from './support/fake-fetch.js';

const secret = 'S3cr3t-client-value';
const token = 'eyJhbGciOi.issued-token.value';

function recordingLogger() {
  const lines: string[] = [];
  const record = (message: string, fields?: unknown) =>
    lines.push(`${message} ${JSON.stringify(fields)}`);
  const logger: Logger = { debug: record, info: record, warn: record, error: record };
  return { logger, lines };
}

/** Every way an error is commonly printed or shipped to a log service. */
function renderings(error: unknown): string[] {
  const err = error as Error;
  return [
    err.message,
    String(err),
    JSON.stringify(err),
    inspect(err, { depth: 5 }),
    err.stack ?? '',
  ];
}

describe('secrets never leave', () => {
  test.each<{ title: string; handler: Handler }>([
    {
      title: 'the token endpoint echoing the secret',
      handler: () =>
        json(
          { errors: [{ status: 400, title: 'Bad', detail: `client_secret=${secret} is wrong` }] },
          400,
        ),
    },
    {
      title: 'a 500 echoing the Authorization header',
      handler: (r) =>
        isTokenRequest(r)
          ? tokenAnswer(token)
          : json({ errors: [{ status: 500, title: `Authorization: Bearer ${token}` }] }, 500),
    },
    {
      title: 'error meta and source echoing the request',
      handler: (r) =>
        isTokenRequest(r)
          ? tokenAnswer(token)
          : json(
              {
                errors: [
                  {
                    status: 400,
                    title: 'Bad',
                    meta: {
                      request: { headers: { authorization: `Bearer ${token}` } },
                      echoed: [token],
                    },
                    source: {
                      header: `Authorization: Bearer ${token}`,
                      access_token: 'another-token',
                    },
                  },
                ],
              },
              400,
            ),
    },
    {
      title: 'a plain-text answer quoting the token',
      handler: (r) =>
        isTokenRequest(r) ? tokenAnswer(token) : new Response(`denied ${token}`, { status: 403 }),
    },
    {
      title: 'a fetch failure whose message holds the token',
      handler: (r) => {
        if (isTokenRequest(r)) return tokenAnswer(token);
        throw new TypeError(`socket closed while sending Bearer ${token}`);
      },
    },
  ])('$title', async ({ handler }) => {
    const { logger, lines } = recordingLogger();
    const api = createInventoriesClient({
      baseUrl: 'https://store.example',
      credentials: { clientId: 'id', clientSecret: secret },
      fetch: fakeFetch(handler),
      maxRetries: 1,
      retryDelays: { initialMs: 1, maxMs: 1 },
      logger,
      logLevel: 'debug',
    });
    const error = await api.stock.get(productId).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    for (const text of [...renderings(error), ...lines]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(token);
      expect(text).not.toContain('another-token');
    }
  });
});

describe('Redactor', () => {
  test.each([
    { given: 'Authorization: Bearer abc.def', want: 'Authorization: Bearer [redacted]' },
    {
      given: 'grant_type=x&client_secret=abc&y=1',
      want: 'grant_type=x&client_secret=[redacted]&y=1',
    },
    { given: '{"access_token":"abc","x":1}', want: '{"access_token":"[redacted]","x":1}' },
    { given: 'the value is registered-secret here', want: 'the value is [redacted] here' },
    { given: 'nothing to hide', want: 'nothing to hide' },
  ])('$given', ({ given, want }) => {
    const redactor = new Redactor();
    redactor.add('registered-secret');
    expect(redactor.redact(given)).toBe(want);
  });
});

describe('redactError', () => {
  const redactor = new Redactor();
  redactor.add('registered-secret');

  test('an error without secrets is kept as the same object', () => {
    const error = new TypeError('fetch failed', { cause: new Error('ECONNRESET') });
    expect(redactError(error, redactor)).toBe(error);
  });

  test('an error with a secret deep in its causes is copied clean, code and name kept', () => {
    const inner = Object.assign(new Error('sent registered-secret'), { code: 'EPIPE' });
    const outer = new TypeError('fetch failed', { cause: inner });
    const clean = redactError(outer, redactor) as Error & { cause: Error & { code: string } };

    expect(clean).not.toBe(outer);
    expect(clean.name).toBe('TypeError');
    expect(clean.message).toBe('fetch failed');
    expect(clean.cause.message).toBe('sent [redacted]');
    expect(clean.cause.code).toBe('EPIPE');
    expect(inspect(clean, { depth: 5 })).not.toContain('registered-secret');
  });
});
