import { describe, expect, test } from 'vitest';
import {
  AbortError,
  ConnectionError,
  InventoriesError,
  isAbortError,
  isApiError,
  isConnectionError,
  isInventoriesError,
  isNotFoundError,
  isRateLimitError,
  isTimeoutError,
  isValidationError,
  NotFoundError,
  TimeoutError,
  ValidationError,
} from '../../src/index.js';

const notFound = new NotFoundError({
  status: 404,
  items: [],
  requestId: undefined,
  method: 'GET',
  url: 'https://x.example/v2/inventories/a',
  message: '404',
});

describe('guards', () => {
  test.each([
    { guard: isInventoriesError, yes: [notFound, new TimeoutError(5)], no: [new Error('x'), 'x'] },
    { guard: isApiError, yes: [notFound], no: [new ConnectionError('x'), new Error('x')] },
    { guard: isNotFoundError, yes: [notFound], no: [new InventoriesError('x')] },
    { guard: isRateLimitError, yes: [], no: [notFound] },
    { guard: isTimeoutError, yes: [new TimeoutError(5)], no: [new AbortError('x')] },
    { guard: isAbortError, yes: [new AbortError('x')], no: [new DOMException('x', 'AbortError')] },
    { guard: isConnectionError, yes: [new ConnectionError('x')], no: [notFound] },
    { guard: isValidationError, yes: [new ValidationError('x')], no: [notFound] },
  ])('$guard.name', ({ guard, yes, no }) => {
    for (const value of yes) expect(guard(value)).toBe(true);
    for (const value of no) expect(guard(value)).toBe(false);
  });

  test('isApiError can check the status', () => {
    expect(isApiError(notFound, 404)).toBe(true);
    expect(isApiError(notFound, 500)).toBe(false);
  });

  test('an error from another copy of the package is recognised by its kinds', () => {
    const foreign = Object.assign(new Error('404'), {
      name: 'NotFoundError',
      status: 404,
      [Symbol.for('@ep-inventories/client/error')]: [
        'NotFoundError',
        'ApiError',
        'InventoriesError',
      ],
    });
    expect(foreign instanceof NotFoundError).toBe(false);
    expect(isNotFoundError(foreign)).toBe(true);
    expect(isApiError(foreign, 404)).toBe(true);
  });

  test('a subclass defined elsewhere is still recognised by the guard of its parent', () => {
    class FileValidationError extends ValidationError {
      static override readonly kind: string = 'FileValidationError';
    }
    const error = new FileValidationError('bad file');

    expect(error.name).toBe('FileValidationError');
    expect(isValidationError(error)).toBe(true);
    expect(isInventoriesError(error)).toBe(true);
    expect(isApiError(error)).toBe(false);
  });

  test.each([
    [
      new NotFoundError({
        status: 404,
        items: [],
        requestId: undefined,
        method: 'GET',
        url: 'https://x.example/',
        message: 'm',
      }),
      'NotFoundError',
    ],
    [new TimeoutError(5), 'TimeoutError'],
    [new InventoriesError('x'), 'InventoriesError'],
  ])('%o is named %s', (error, name) => {
    expect(error.name).toBe(name);
    expect(String(error)).toMatch(new RegExp(`^${name}: `));
  });

  test.each([
    { title: 'a refused connection', code: 'ECONNREFUSED', notSent: true },
    { title: 'a name that does not resolve', code: 'ENOTFOUND', notSent: true },
    { title: 'a reset connection', code: 'ECONNRESET', notSent: false },
    { title: 'no code at all', code: undefined, notSent: false },
  ])(
    'a connection error from $title: code $code, request not sent: $notSent',
    ({ code, notSent }) => {
      const root = Object.assign(new Error('socket'), code ? { code } : {});
      const error = new ConnectionError('x', {
        cause: new TypeError('fetch failed', { cause: root }),
      });
      expect(error.code).toBe(code);
      expect(error.requestNotSent).toBe(notSent);
    },
  );

  test('the cause of a wrapped failure is kept', () => {
    const cause = new TypeError('fetch failed');
    expect(new ConnectionError('GET failed', { cause }).cause).toBe(cause);
  });
});
