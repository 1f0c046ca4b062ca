import { describe, expect, test } from 'vitest';
import {
  CachedTokenSource,
  CallbackTokenSource,
  type IssuedToken,
  StaticTokenSource,
} from '../../src/auth/tokens.js';
import { AbortError } from '../../src/index.js';

function issuer(lifetimeSeconds = 3600) {
  let issued = 0;
  const issue = async (): Promise<IssuedToken> => {
    issued++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { accessToken: `token-${issued}`, expiresIn: lifetimeSeconds };
  };
  return { issue, count: () => issued };
}

describe('CachedTokenSource', () => {
  test('ten concurrent callers with no token cause exactly one token request', async () => {
    const { issue, count } = issuer();
    const tokens = new CachedTokenSource(issue);

    const got = await Promise.all(Array.from({ length: 10 }, () => tokens.get()));

    expect(count()).toBe(1);
    expect(new Set(got)).toEqual(new Set(['token-1']));
  });

  test('ten concurrent callers with an expired token cause exactly one refresh', async () => {
    let now = 0;
    const { issue, count } = issuer(3600);
    const tokens = new CachedTokenSource(issue, { now: () => now });
    await tokens.get();

    now = 3600 * 1000;
    const got = await Promise.all(Array.from({ length: 10 }, () => tokens.get()));

    expect(count()).toBe(2);
    expect(new Set(got)).toEqual(new Set(['token-2']));
  });

  test.each([
    { title: 'well before expiry it is reused', elapsedMs: 3_000_000, wantIssued: 1 },
    { title: 'inside the refresh margin it is replaced', elapsedMs: 3_550_000, wantIssued: 2 },
  ])('$title', async ({ elapsedMs, wantIssued }) => {
    let now = 0;
    const { issue, count } = issuer(3600);
    const tokens = new CachedTokenSource(issue, { now: () => now, refreshMarginMs: 60_000 });
    await tokens.get();

    now = elapsedMs;
    await tokens.get();
    expect(count()).toBe(wantIssued);
  });

  test('a failed refresh fails its waiters and the next call tries again', async () => {
    let calls = 0;
    const tokens = new CachedTokenSource(async () => {
      calls++;
      if (calls === 1) throw new Error('token endpoint down');
      return { accessToken: 'token-2', expiresIn: 3600 };
    });

    const first = await Promise.allSettled([tokens.get(), tokens.get()]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await tokens.get()).toBe('token-2');
    expect(calls).toBe(2);
  });

  test('one caller aborting does not fail the others sharing the refresh', async () => {
    const { issue } = issuer();
    const tokens = new CachedTokenSource(issue);
    const controller = new AbortController();

    const aborted = tokens.get(controller.signal);
    const other = tokens.get();
    controller.abort();

    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    expect(await other).toBe('token-1');
  });

  test('invalidating the current token makes the next call fetch a new one', async () => {
    const { issue, count } = issuer();
    const tokens = new CachedTokenSource(issue);
    const first = await tokens.get();

    expect(tokens.invalidate('some-older-token')).toBe(true);
    expect(await tokens.get()).toBe(first);
    tokens.invalidate(first);
    expect(await tokens.get()).toBe('token-2');
    expect(count()).toBe(2);
  });
});

describe('tokens given by the caller', () => {
  test('a static token is used as given and never refreshed', async () => {
    const tokens = new StaticTokenSource('static-token');
    expect(await tokens.get()).toBe('static-token');
    expect(tokens.invalidate()).toBe(false);
  });

  test('a token function is asked on every call', async () => {
    let calls = 0;
    const tokens = new CallbackTokenSource(async () => `token-${++calls}`);
    expect([await tokens.get(), await tokens.get()]).toEqual(['token-1', 'token-2']);
    expect(tokens.invalidate()).toBe(true);
  });
});
