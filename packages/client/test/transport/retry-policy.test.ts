import { describe, expect, test } from 'vitest';
import { ConnectionError, TimeoutError } from '../../src/index.js';
import {
  backoffDelay,
  defaultDelays,
  isIdempotentMethod,
  parseRetryAfter,
  shouldRetryFailure,
  shouldRetryStatus,
} from '../../src/transport/retry-policy.js';

const get = { idempotent: true, replayable: true };
const post = { idempotent: false, replayable: true };
const upload = { idempotent: false, replayable: false };

describe('shouldRetryStatus', () => {
  test.each([
    { status: 408, context: post, want: true },
    { status: 429, context: post, want: true },
    { status: 429, context: upload, want: false },
    { status: 500, context: get, want: true },
    { status: 503, context: get, want: true },
    { status: 503, context: post, want: false },
    { status: 501, context: get, want: false },
    { status: 400, context: get, want: false },
    { status: 404, context: get, want: false },
    { status: 409, context: get, want: false },
  ])('$status with $context → $want', ({ status, context, want }) => {
    expect(shouldRetryStatus(status, context)).toBe(want);
  });
});

describe('shouldRetryFailure', () => {
  const refused = new ConnectionError('x', {
    cause: Object.assign(new Error('y'), { code: 'ECONNREFUSED' }),
  });
  const reset = new ConnectionError('x', {
    cause: new TypeError('fetch failed', {
      cause: Object.assign(new Error('z'), { code: 'ECONNRESET' }),
    }),
  });

  test.each([
    { title: 'a timeout on a GET', error: new TimeoutError(10), context: get, want: true },
    { title: 'a timeout on a POST', error: new TimeoutError(10), context: post, want: false },
    { title: 'a reset on a GET', error: reset, context: get, want: true },
    { title: 'a reset on a POST', error: reset, context: post, want: false },
    { title: 'a refused connection on a POST', error: refused, context: post, want: true },
    { title: 'a refused connection on an upload', error: refused, context: upload, want: false },
  ])('$title → $want', ({ error, context, want }) => {
    expect(shouldRetryFailure(error, context)).toBe(want);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-12-03T10:00:00Z');

  test.each([
    { given: '3', want: 3000 },
    { given: ' 0 ', want: 0 },
    { given: 'Thu, 03 Dec 2026 10:00:05 GMT', want: 5000 },
    { given: 'Thu, 03 Dec 2026 09:59:00 GMT', want: 0 },
    { given: 'soon', want: undefined },
    { given: '-1', want: undefined },
    { given: null, want: undefined },
  ])('$given → $want', ({ given, want }) => {
    expect(parseRetryAfter(given, now)).toBe(want);
  });
});

describe('backoffDelay', () => {
  test.each([
    { retry: 0, random: 1, want: 500 },
    { retry: 1, random: 1, want: 1000 },
    { retry: 3, random: 1, want: 4000 },
    { retry: 6, random: 1, want: 8000 },
    { retry: 2, random: 0.5, want: 1000 },
    { retry: 2, random: 0, want: 0 },
  ])('retry $retry with random $random waits $want ms', ({ retry, random, want }) => {
    expect(backoffDelay(retry, defaultDelays, () => random)).toBe(want);
  });
});

test.each([
  ['GET', true],
  ['put', true],
  ['DELETE', true],
  ['POST', false],
  ['PATCH', false],
])('%s idempotent: %s', (method, want) => {
  expect(isIdempotentMethod(method)).toBe(want);
});
