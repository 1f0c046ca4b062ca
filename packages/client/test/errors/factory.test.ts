import { describe, expect, test } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from '../../src/errors/index.js';
import { Redactor } from '../../src/redact.js';

const url = 'https://useast.api.elasticpath.com/v2/inventories/abc';

function failure(status: number, body: unknown, headers: Record<string, string> = {}) {
  return { status, body, headers: new Headers(headers), method: 'GET', url };
}

describe('createApiError', () => {
  test.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, ServerError],
    [502, ServerError],
    [503, ServerError],
    [418, ApiError],
  ])('status %d becomes %o', (status, ErrorClass) => {
    const error = createApiError(failure(status, { errors: [] }), new Redactor());
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.constructor).toBe(ErrorClass);
    expect(error.status).toBe(status);
  });

  test.each([
    { given: '404', want: 404 },
    { given: 404, want: 404 },
    { given: 'not a number', want: 409 },
    { given: undefined, want: 409 },
  ])('an item status of $given is normalised to $want', ({ given, want }) => {
    const body = { errors: [{ status: given, title: 'Conflict' }] };
    const error = createApiError(failure(409, body), new Redactor());
    expect(error.errors[0]?.status).toBe(want);
  });

  test('keeps title, detail, meta and the request id of each item', () => {
    const body = {
      errors: [
        {
          status: '404',
          title: 'Not Found',
          detail: 'No inventory for this product',
          meta: { missing_ids: ['a'] },
          request_id: 'req-1',
        },
      ],
    };
    const error = createApiError(failure(404, body), new Redactor());

    expect(error.errors).toEqual([
      {
        status: 404,
        title: 'Not Found',
        detail: 'No inventory for this product',
        meta: { missing_ids: ['a'] },
        requestId: 'req-1',
      },
    ]);
    expect(error.requestId).toBe('req-1');
    expect(error.message).toBe(
      '404 Not Found: No inventory for this product (GET /v2/inventories/abc)',
    );
    expect(error.method).toBe('GET');
    expect(error.url).toBe(url);
  });

  test('prefers the request id header over the body', () => {
    const body = { errors: [{ status: 500, title: 'Oops', request_id: 'from-body' }] };
    const error = createApiError(
      failure(500, body, { 'X-Request-Id': 'from-header' }),
      new Redactor(),
    );
    expect(error.requestId).toBe('from-header');
  });

  test.each([
    {
      title: 'a problem document',
      body: { title: 'Invalid request', detail: 'bad header' },
      want: '422 Invalid request: bad header',
    },
    { title: 'plain text', body: 'upstream timed out', want: '422 upstream timed out' },
    { title: 'nothing', body: undefined, want: '422 no details' },
  ])('describes $title', ({ body, want }) => {
    const error = createApiError(failure(422, body), new Redactor());
    expect(error.message).toBe(`${want} (GET /v2/inventories/abc)`);
    expect(error.errors).toEqual([]);
  });

  test('carries Retry-After on a RateLimitError', () => {
    const error = createApiError({ ...failure(429, {}), retryAfterMs: 2000 }, new Redactor());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(2000);
  });
});
