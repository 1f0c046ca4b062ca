import { describe, expect, test } from 'vitest';
import {
  createInventoriesClient,
  type InventoriesClient,
  ValidationError,
} from '../../src/index.js';
import { fakeFetch, json, productId } from '../support/fake-fetch.js';

const locationId = '0c4e9a7b-1d2f-4a3b-8c5d-6e7f8a9b0c1d';
const transactionId = '5b0e7d3c-2f1a-4e8b-9d6c-7a3f2e1b0c94';
const importId = '2b8e4f6a-9c1d-4e3f-a7b5-0d2c4e6f8a1b';

interface Want {
  method: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

const cases: { title: string; call: (api: InventoriesClient) => Promise<unknown>; want: Want }[] = [
  {
    title: 'stock.list',
    call: (api) => api.stock.list({ filter: 'eq(location,cork)', limit: 50 }).pages().next(),
    want: {
      method: 'GET',
      path: '/v2/inventories',
      query: { 'page[offset]': '0', 'page[limit]': '50', filter: 'eq(location,cork)' },
    },
  },
  {
    title: 'stock.get',
    call: (api) => api.stock.get(productId),
    want: { method: 'GET', path: `/v2/inventories/${productId}` },
  },
  {
    title: 'stock.getMany',
    call: (api) => api.stock.getMany([productId]),
    want: { method: 'POST', path: '/v2/inventories/multiple', body: { data: [{ id: productId }] } },
  },
  {
    title: 'stock.create',
    call: (api) => api.stock.create({ productId, locations: { cork: { available: 4 } } }),
    want: {
      method: 'POST',
      path: '/v2/inventories',
      body: {
        data: {
          type: 'stock',
          id: productId,
          attributes: { locations: { cork: { available: 4 } } },
        },
      },
    },
  },
  {
    title: 'stock.update',
    call: (api) =>
      api.stock.update(productId, { locations: { cork: { available: 2 }, galway: null } }),
    want: {
      method: 'PUT',
      path: `/v2/inventories/${productId}`,
      body: {
        data: {
          id: productId,
          type: 'stock',
          attributes: { locations: { cork: { available: 2 }, galway: null } },
        },
      },
    },
  },
  {
    title: 'stock.delete',
    call: (api) => api.stock.delete(productId),
    want: { method: 'DELETE', path: `/v2/inventories/${productId}` },
  },
  {
    title: 'transactions.list',
    call: (api) => api.transactions.list(productId).pages().next(),
    want: {
      method: 'GET',
      path: `/v2/inventories/${productId}/transactions`,
      query: { 'page[offset]': '0', 'page[limit]': '100' },
    },
  },
  {
    title: 'transactions.get',
    call: (api) => api.transactions.get(productId, transactionId),
    want: { method: 'GET', path: `/v2/inventories/${productId}/transactions/${transactionId}` },
  },
  {
    title: 'transactions.create',
    call: (api) =>
      api.transactions.create(productId, { action: 'allocate', quantity: 2, location: 'cork' }),
    want: {
      method: 'POST',
      path: `/v2/inventories/${productId}/transactions`,
      body: {
        data: {
          type: 'stock-transaction',
          attributes: { action: 'allocate', quantity: 2, location: 'cork' },
        },
      },
    },
  },
  {
    title: 'locations.list near a point',
    call: (api) =>
      api.locations
        .list({ near: { lat: 53.3, lon: -6.2 }, limit: 10 })
        .pages()
        .next(),
    want: {
      method: 'GET',
      path: '/v2/inventories/locations',
      query: { 'page[offset]': '0', 'page[limit]': '10', sort: 'location' },
    },
  },
  {
    title: 'locations.get',
    call: (api) => api.locations.get(locationId),
    want: { method: 'GET', path: `/v2/inventories/locations/${locationId}` },
  },
  {
    title: 'locations.create',
    call: (api) => api.locations.create({ name: 'Cork store', slug: 'cork' }),
    want: {
      method: 'POST',
      path: '/v2/inventories/locations',
      body: {
        data: { type: 'inventory_location', attributes: { name: 'Cork store', slug: 'cork' } },
      },
    },
  },
  {
    title: 'locations.update',
    call: (api) => api.locations.update(locationId, { description: 'By the river' }),
    want: {
      method: 'PUT',
      path: `/v2/inventories/locations/${locationId}`,
      body: {
        data: {
          id: locationId,
          type: 'inventory_location',
          attributes: { description: 'By the river' },
        },
      },
    },
  },
  {
    title: 'locations.delete',
    call: (api) => api.locations.delete(locationId),
    want: { method: 'DELETE', path: `/v2/inventories/locations/${locationId}` },
  },
  {
    title: 'imports.get',
    call: (api) => api.imports.get(importId),
    want: { method: 'GET', path: `/v2/inventories/imports/${importId}` },
  },
  {
    title: 'imports.list',
    call: (api) => api.imports.list({ limit: 5 }).pages().next(),
    want: {
      method: 'GET',
      path: '/v2/inventories/imports',
      query: { 'page[offset]': '0', 'page[limit]': '5' },
    },
  },
  {
    title: 'imports.errors',
    call: (api) => api.imports.errors(importId, { offset: 100 }).pages().next(),
    want: {
      method: 'GET',
      path: `/v2/inventories/imports/${importId}/errors`,
      query: { 'page[offset]': '100', 'page[limit]': '100' },
    },
  },
];

function setup() {
  const fetch = fakeFetch((r) =>
    r.method === 'DELETE'
      ? new Response(null, { status: 204 })
      : json({ data: [], links: { next: null } }),
  );
  const api = createInventoriesClient({
    region: 'useast',
    credentials: { accessToken: 'tok-123456' },
    fetch,
  });
  return { api, fetch };
}

describe('each helper sends the request the document describes', () => {
  test.each(cases)('$title', async ({ call, want }) => {
    const { api, fetch } = setup();
    await call(api);

    const [request] = fetch.seen;
    expect(request?.method).toBe(want.method);
    expect(request?.url.pathname).toBe(want.path);
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual(want.query ?? {});
    expect(request?.body ? JSON.parse(request.body) : undefined).toEqual(want.body);
    expect(request?.headers.get('ep-inventories-multi-location')).toBe('true');
  });

  test('locations.list near a point sends the point as Ep-Geolocation', async () => {
    const { api, fetch } = setup();
    await api.locations
      .list({ near: { lat: 53.3, lon: -6.2 } })
      .pages()
      .next();
    expect(fetch.seen[0]?.headers.get('ep-geolocation')).toBe('53.3,-6.2');
  });

  test('imports.create sends the file and reference as multipart, refusing redirects', async () => {
    let redirect: string | undefined;
    let form: FormData | undefined;
    const fetch = async (request: Request) => {
      redirect = request.redirect;
      form = await request.formData();
      return json({ data: { id: importId } }, 201);
    };
    const api = createInventoriesClient({
      region: 'useast',
      credentials: { accessToken: 'tok-123456' },
      fetch,
    });
    const file = new Blob(['{"data":{}}\n'], { type: 'application/x-ndjson' });
    await api.imports.create({ file, externalRef: 'nightly#1/2' });

    expect(redirect).toBe('error');
    expect(form?.get('external_ref')).toBe('nightly#1/2');
    const part = form?.get('import_file') as File;
    expect(part.name).toBe('stock.jsonl');
    expect(await part.text()).toBe('{"data":{}}\n');
  });
});

describe('locations.list near a point', () => {
  test.each([
    { near: { lat: 53.3498, lon: -6.2603 }, want: '53.3498,-6.2603' },
    { near: { lat: 1e-7, lon: -0.0000004 }, want: '0,0' },
    { near: { lat: -90, lon: 180 }, want: '-90,180' },
  ])('$near is sent as $want', async ({ near, want }) => {
    const { api, fetch } = setup();
    await api.locations.list({ near }).pages().next();
    expect(fetch.seen[0]?.headers.get('ep-geolocation')).toBe(want);
  });

  test.each([
    { near: { lat: 91, lon: 0 }, field: 'near.lat' },
    { near: { lat: 0, lon: -180.5 }, field: 'near.lon' },
    { near: { lat: Number.NaN, lon: 0 }, field: 'near.lat' },
    { near: { lat: 0, lon: Number.POSITIVE_INFINITY }, field: 'near.lon' },
  ])('$near is refused before any request', ({ near, field }) => {
    const { api, fetch } = setup();
    expect(() => api.locations.list({ near })).toThrow(ValidationError);
    try {
      api.locations.list({ near });
    } catch (error) {
      expect((error as ValidationError).issues[0]?.field).toBe(field);
    }
    expect(fetch.seen).toHaveLength(0);
  });
});
