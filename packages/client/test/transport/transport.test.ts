import { describe, expect, test } from 'vitest';
import type { TokenSource } from '../../src/auth/tokens.js';
import { AbortError, ConnectionError, TimeoutError } from '../../src/index.js';
import { filterLogger } from '../../src/internal/logger.js';
import { sleep as realSleep } from '../../src/internal/signals.js';
import { Redactor } from '../../src/redact.js';
import { defaultDelays } from '../../src/transport/retry-policy.js';
import { createTransport, type TransportConfig } from '../../src/transport/transport.js';
import { fakeFetch, type Handler, json } from '../support/fake-fetch.js';

const origin = 'https://useast.api.elasticpath.com';

function fakeTokens(refreshable = true) {
  let issued = 1;
  const source: TokenSource & { invalidated: string[] } = {
    invalidated: [],
    get: async () => `token-${issued}`,
    invalidate(token) {
      source.invalidated.push(token);
      if (refreshable) issued++;
      return refreshable;
    },
  };
  return source;
}

function setup(handler: Handler, overrides: Partial<TransportConfig> = {}) {
  const fetch = fakeFetch(handler);
  const sleeps: number[] = [];
  const tokens = fakeTokens();
  const transport = createTransport({
    fetch,
    tokens,
    timeoutMs: 1000,
    maxRetries: 2,
    delays: defaultDelays,
    logger: filterLogger(undefined, 'silent'),
    redactor: new Redactor(),
    userAgent: 'test-agent',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 1,
    ...overrides,
  });
  return { fetch, sleeps, tokens, transport };
}

const get = (path = '/v2/inventories') => new Request(`${origin}${path}`);
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${origin}/v2/inventories/x/transactions`, { method: 'POST', body, headers });

function upload() {
  const form = new FormData();
  form.append('import_file', new Blob(['{}\n']), 'stock.jsonl');
  return new Request(`${origin}/v2/inventories/imports`, { method: 'POST', body: form });
}

describe('headers', () => {
  test('an inventory call carries the token, multi-location header and user agent', async () => {
    const { fetch, transport } = setup(() => json({}));
    await transport(get());

    const headers = fetch.seen[0]?.headers;
    expect(headers?.get('authorization')).toBe('Bearer token-1');
    expect(headers?.get('ep-inventories-multi-location')).toBe('true');
    expect(headers?.get('user-agent')).toBe('test-agent');
  });

  test('the token request carries neither a token nor the multi-location header', async () => {
    const { fetch, transport } = setup(() => json({}));
    await transport(new Request(`${origin}/oauth/access_token`, { method: 'POST', body: 'a=b' }));

    expect(fetch.seen[0]?.headers.get('authorization')).toBeNull();
    expect(fetch.seen[0]?.headers.get('ep-inventories-multi-location')).toBeNull();
  });
});

describe('retries', () => {
  test.each([
    { title: 'a GET after 503', request: get, status: 503, wantCalls: 3 },
    {
      title: 'a GET after 500, with maxRetries 0',
      request: get,
      status: 500,
      wantCalls: 1,
      maxRetries: 0,
    },
    { title: 'a POST after 503', request: () => post('{}'), status: 503, wantCalls: 1 },
    { title: 'a POST after 429', request: () => post('{}'), status: 429, wantCalls: 3 },
    { title: 'a multipart upload after 429', request: upload, status: 429, wantCalls: 1 },
    { title: 'a GET after 404', request: get, status: 404, wantCalls: 1 },
  ])('$title: $wantCalls calls', async ({ request, status, wantCalls, maxRetries }) => {
    const { fetch, transport } = setup(
      () => json({}, status),
      maxRetries === undefined ? {} : { maxRetries },
    );
    const response = await transport(request());

    expect(fetch.seen).toHaveLength(wantCalls);
    expect(response.status).toBe(status);
  });

  test('a retried POST sends the same body again', async () => {
    const { fetch, transport } = setup((_, index) => json({}, index === 0 ? 429 : 201));
    await transport(post('{"data":{"quantity":3}}', { 'Content-Type': 'application/json' }));

    expect(fetch.seen.map((r) => r.body)).toEqual([
      '{"data":{"quantity":3}}',
      '{"data":{"quantity":3}}',
    ]);
  });

  test.each([
    { title: 'seconds', header: '7', want: [7000] },
    {
      title: 'an HTTP date',
      header: new Date(Date.now() + 30_000).toUTCString(),
      want: [expect.closeTo(30_000, -4)],
    },
    { title: 'nothing (backoff with jitter)', header: undefined, want: [500] },
  ])('Retry-After as $title sets the wait', async ({ header, want }) => {
    const headers: Record<string, string> = header ? { 'Retry-After': header } : {};
    const { sleeps, transport } = setup((_, index) => json({}, index === 0 ? 429 : 200, headers));

    expect((await transport(get())).status).toBe(200);
    expect(sleeps).toEqual(want);
  });

  test('a Retry-After beyond the cap is not waited for', async () => {
    const { fetch, sleeps, transport } = setup(() => json({}, 429, { 'Retry-After': '3600' }));
    expect((await transport(get())).status).toBe(429);
    expect(fetch.seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  test('backoff doubles between retries', async () => {
    const { sleeps, transport } = setup(() => json({}, 503), { maxRetries: 3 });
    await transport(get());
    expect(sleeps).toEqual([500, 1000, 2000]);
  });
});

describe('401', () => {
  test('leads to one refresh and one replay', async () => {
    const { fetch, tokens, transport } = setup((_, index) => json({}, index === 0 ? 401 : 200));
    const response = await transport(get());

    expect(response.status).toBe(200);
    expect(tokens.invalidated).toEqual(['token-1']);
    expect(fetch.seen.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  test('a second 401 is returned rather than refreshed again', async () => {
    const { fetch, tokens, transport } = setup(() => json({}, 401));
    expect((await transport(get())).status).toBe(401);
    expect(fetch.seen).toHaveLength(2);
    expect(tokens.invalidated).toHaveLength(1);
  });

  test('a token that cannot be refreshed is not replayed', async () => {
    const { fetch, transport } = setup(() => json({}, 401), { tokens: fakeTokens(false) });
    expect((await transport(get())).status).toBe(401);
    expect(fetch.seen).toHaveLength(1);
  });

  test('an upload is not replayed, but the next call gets a fresh token', async () => {
    const { fetch, tokens, transport } = setup(() => json({}, 401));
    await transport(upload());
    expect(fetch.seen).toHaveLength(1);
    expect(tokens.invalidated).toEqual(['token-1']);
  });
});

describe('failures without an answer', () => {
  const refused = () => {
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
  };

  test('a connection failure on a GET is retried, then thrown as ConnectionError', async () => {
    const { fetch, transport } = setup(refused);
    const error = await transport(get()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(
      /GET https:\/\/useast.* failed: fetch failed \(ECONNREFUSED\)/,
    );
    expect(fetch.seen).toHaveLength(3);
  });

  test('a timeout is a TimeoutError, not an AbortError', async () => {
    const { transport } = setup(() => new Promise<Response>(() => {}), {
      timeoutMs: 20,
      maxRetries: 0,
    });
    const error = await transport(get()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(20);
  });

  test('a per-call timeout overrides the client one', async () => {
    const { transport } = setup(() => new Promise<Response>(() => {}), { timeoutMs: 60_000 });
    await expect(transport(get(), { timeout: 10, maxRetries: 0 })).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });

  test('the caller aborting is an AbortError, and is not retried', async () => {
    const { fetch, transport } = setup(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = transport(get(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);

    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(fetch.seen).toHaveLength(1);
  });

  test('a signal carried by the request itself (the raw client) aborts it too', async () => {
    const { transport } = setup(() => new Promise<Response>(() => {}), { timeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = transport(
      new Request(`${origin}/v2/inventories`, { signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 10);

    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  test('a long-lived signal keeps no listener from finished calls', async () => {
    const { transport } = setup((_, index) => json({}, index % 2 === 0 ? 503 : 200));
    const controller = new AbortController();
    const added: string[] = [];
    const removed: string[] = [];
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    Object.assign(signal, {
      addEventListener: (type: string, ...rest: [EventListener]) =>
        added.push(type) && add(type, ...rest),
      removeEventListener: (type: string, ...rest: [EventListener]) =>
        removed.push(type) && remove(type, ...rest),
    });

    for (let i = 0; i < 5; i++) await transport(get(), { signal });
    expect(added.length).toBeGreaterThan(0);
    expect(removed.length).toBe(added.length);
  });

  test('aborting during the wait before a retry ends the wait', async () => {
    const controller = new AbortController();
    const { transport } = setup(() => json({}, 503), { sleep: realSleep, random: () => 1 });
    const pending = transport(get(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);

    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });
});
