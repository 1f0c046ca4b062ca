import { describe, expectTypeOf, test } from 'vitest';
import {
  type ApiError,
  type ApiErrorItem,
  createInventoriesClient,
  type Import,
  type InventoriesClient,
  isApiError,
  isRateLimitError,
  type Location,
  type PageIterator,
  type RequestOptions,
  type Stock,
  type Transaction,
} from '../src/index.js';

declare const client: InventoriesClient;

describe('construction', () => {
  test('takes a region or a baseUrl, not both, and credentials', () => {
    createInventoriesClient({
      region: 'euwest',
      credentials: { clientId: 'a', clientSecret: 'b' },
    });
    createInventoriesClient({
      baseUrl: 'http://127.0.0.1:4010',
      credentials: { accessToken: 't' },
    });
    createInventoriesClient({ region: 'useast', credentials: { accessToken: async () => 't' } });

    const credentials = { accessToken: 't' };
    // @ts-expect-error -- both region and baseUrl
    createInventoriesClient({ region: 'euwest', baseUrl: 'https://x', credentials });
    // @ts-expect-error -- neither region nor baseUrl
    createInventoriesClient({ credentials: { accessToken: 't' } });
    // @ts-expect-error -- no such region
    createInventoriesClient({ region: 'apac', credentials: { accessToken: 't' } });
    // @ts-expect-error -- credentials are required
    createInventoriesClient({ region: 'euwest' });
    createInventoriesClient({
      region: 'euwest',
      // @ts-expect-error -- allowInsecureHttp only makes sense with baseUrl
      allowInsecureHttp: true,
      credentials: { accessToken: 't' },
    });
  });
});

describe('helpers', () => {
  test('return the resources of the document', () => {
    expectTypeOf(client.stock.get).returns.toEqualTypeOf<Promise<Stock>>();
    expectTypeOf(client.stock.getMany).returns.toEqualTypeOf<Promise<Stock[]>>();
    expectTypeOf(client.stock.delete).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(client.transactions.create).returns.toEqualTypeOf<Promise<Transaction>>();
    expectTypeOf(client.locations.get).returns.toEqualTypeOf<Promise<Location>>();
    expectTypeOf(client.imports.get).returns.toEqualTypeOf<Promise<Import>>();
  });

  test('lists are async iterables of items, with pages()', () => {
    expectTypeOf(client.stock.list()).toEqualTypeOf<PageIterator<Stock>>();
    expectTypeOf(client.stock.list()).toExtend<AsyncIterable<Stock>>();
    expectTypeOf(client.imports.list().pages()).toExtend<AsyncIterable<{ items: Import[] }>>();
  });

  test('take our own option types, not openapi-fetch ones', () => {
    expectTypeOf(client.stock.get).parameters.toEqualTypeOf<[string, RequestOptions?]>();
    expectTypeOf<RequestOptions>().toEqualTypeOf<{
      signal?: AbortSignal;
      timeout?: number;
      maxRetries?: number;
    }>();
  });

  test('refuse inputs the document does not allow', () => {
    // @ts-expect-error -- imports write `total`; create writes `available`
    client.stock.create({ locations: { cork: { total: 3 } } });
    // @ts-expect-error -- not an action
    client.transactions.create('p', { action: 'borrow', quantity: 1 });
    // @ts-expect-error -- a location needs a slug
    client.locations.create({ name: 'Cork store' });
  });
});

describe('the raw client', () => {
  test('needs no multi-location header: the client sends it', () => {
    client.raw.GET('/v2/inventories/{product_uuid}', { params: { path: { product_uuid: 'p' } } });
    client.raw.GET('/v2/inventories/locations', {
      params: { header: { 'Ep-Geolocation': '1,2' } },
    });
  });

  test('still checks paths and parameters', () => {
    // @ts-expect-error -- no such path
    client.raw.GET('/v2/inventory');
    // @ts-expect-error -- the path parameter is required
    client.raw.GET('/v2/inventories/{product_uuid}', {});
  });
});

describe('errors', () => {
  test('guards narrow to the classes with their fields', () => {
    const error: unknown = new Error();
    if (isApiError(error)) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.errors).toEqualTypeOf<ApiErrorItem[]>();
      expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
    }
    if (isRateLimitError(error)) {
      expectTypeOf(error).toExtend<ApiError>();
      expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
    }
  });
});
