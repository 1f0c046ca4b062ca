import { describe, expect, test } from 'vitest';
import { AuthenticationError, createInventoriesClient, NotFoundError } from '../src/index.js';
import {
  errorAnswer,
  fakeFetch,
  type Handler,
  isTokenRequest,
  json,
  productId,
  stockBody,
  tokenAnswer,
} from './support/fake-fetch.js';

const credentials = { clientId: 'client-id', clientSecret: 'client-secret-value' };

function client(handler: Handler) {
  const fetch = fakeFetch(handler);
  const api = createInventoriesClient({ baseUrl: 'https://store.example', credentials, fetch });
  const tokenRequests = () => fetch.seen.filter(isTokenRequest);
  const apiRequests = () => fetch.seen.filter((r) => !isTokenRequest(r));
  return { api, fetch, tokenRequests, apiRequests };
}

describe('client credentials', () => {
  test('are exchanged form-encoded at /oauth/access_token', async () => {
    const { api, tokenRequests } = client((r) =>
      isTokenRequest(r) ? tokenAnswer() : json(stockBody),
    );
    await api.stock.get(productId);

    const [request] = tokenRequests();
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-id',
      client_secret: 'client-secret-value',
    });
  });

  test('ten concurrent calls with an expired token cause exactly one token request', async () => {
    let issued = 0;
    const { api, tokenRequests, apiRequests } = client((r) =>
      // Tokens that expire at once: the second batch must find the first one expired.
      isTokenRequest(r) ? tokenAnswer(`token-${++issued}`, 0) : json(stockBody),
    );
    await api.stock.get(productId);

    await Promise.all(Array.from({ length: 10 }, () => api.stock.get(productId)));

    expect(tokenRequests()).toHaveLength(2);
    const used = apiRequests()
      .slice(1)
      .map((r) => r.headers.get('authorization'));
    expect(new Set(used)).toEqual(new Set(['Bearer token-2']));
  });

  test('a 401 leads to one token refresh and one replay', async () => {
    let issued = 0;
    let answered = 0;
    const { api, tokenRequests, apiRequests } = client((r) => {
      if (isTokenRequest(r)) return tokenAnswer(`token-${++issued}`);
      return ++answered === 1 ? errorAnswer(401, 'Unauthorized') : json(stockBody);
    });

    expect((await api.stock.get(productId)).id).toBe(productId);
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  test('each new token is logged at info, without its value', async () => {
    const events: string[] = [];
    const fetch = fakeFetch((r) =>
      isTokenRequest(r) ? tokenAnswer('token-to-hide', 1200) : json(stockBody),
    );
    const api = createInventoriesClient({
      baseUrl: 'https://store.example',
      credentials,
      fetch,
      logger: { info: (message, fields) => events.push(`${message} ${JSON.stringify(fields)}`) },
    });
    await api.stock.get(productId);

    expect(events).toEqual(['obtained an access token {"expiresIn":1200}']);
  });

  test('a refused client secret is an AuthenticationError that does not repeat it', async () => {
    const { api, apiRequests } = client(() =>
      errorAnswer(401, 'Unauthorized', 'invalid client_secret=client-secret-value'),
    );
    const error = await api.stock.get(productId).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/^could not obtain an access token: 401 Unauthorized/);
    expect((error as Error).message).not.toContain('client-secret-value');
    expect(apiRequests()).toHaveLength(0);
  });
});

describe('access tokens given by the caller', () => {
  test('a string is sent as given and never exchanged', async () => {
    const fetch = fakeFetch(() => json(stockBody));
    const api = createInventoriesClient({
      region: 'euwest',
      credentials: { accessToken: 'my-own-token' },
      fetch,
    });
    await api.stock.get(productId);

    expect(fetch.seen).toHaveLength(1);
    expect(fetch.seen[0]?.url.origin).toBe('https://euwest.api.elasticpath.com');
    expect(fetch.seen[0]?.headers.get('authorization')).toBe('Bearer my-own-token');
  });

  test('a function is asked again after a 401', async () => {
    let asked = 0;
    const fetch = fakeFetch((_, index) => (index === 0 ? errorAnswer(401) : json(stockBody)));
    const api = createInventoriesClient({
      region: 'useast',
      credentials: { accessToken: async () => `fresh-${++asked}` },
      fetch,
    });
    await api.stock.get(productId);

    expect(fetch.seen.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer fresh-1',
      'Bearer fresh-2',
    ]);
  });
});

test('helpers throw typed errors carrying the parsed answer', async () => {
  const fetch = fakeFetch(() =>
    json({ errors: [{ status: 404, title: 'Not Found', detail: 'no stock' }] }, 404, {
      'X-Request-Id': 'req-42',
    }),
  );
  const api = createInventoriesClient({
    region: 'useast',
    credentials: { accessToken: 'tok-123456' },
    fetch,
  });
  const error = await api.stock.get(productId).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(NotFoundError);
  expect(error).toMatchObject({
    status: 404,
    requestId: 'req-42',
    method: 'GET',
    url: `https://useast.api.elasticpath.com/v2/inventories/${productId}`,
    errors: [{ status: 404, title: 'Not Found', detail: 'no stock' }],
  });
});

test('the raw client returns { data, error, response } without throwing', async () => {
  const fetch = fakeFetch(() => errorAnswer(404, 'Not Found'));
  const api = createInventoriesClient({
    region: 'useast',
    credentials: { accessToken: 'tok-123456' },
    fetch,
  });
  const { data, error, response } = await api.raw.GET('/v2/inventories/{product_uuid}', {
    params: { path: { product_uuid: productId } },
  });

  expect(data).toBeUndefined();
  expect(response.status).toBe(404);
  expect(error?.errors[0]?.title).toBe('Not Found');
  expect(fetch.seen[0]?.headers.get('ep-inventories-multi-location')).toBe('true');
});
