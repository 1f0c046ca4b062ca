import { afterEach, describe, expect, test } from 'vitest';
import { ConnectionError, createInventoriesClient, TimeoutError } from '../../src/index.js';
import { productId, stockBody } from '../support/fake-fetch.js';
import { type LocalServer, type ServerHandler, startLocalServer } from '../support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(
  handler: ServerHandler,
  options: { timeout?: number; maxRetries?: number } = {},
) {
  server = await startLocalServer(handler);
  return createInventoriesClient({
    baseUrl: server.url,
    credentials: { accessToken: 'local-token' },
    retryDelays: { initialMs: 5, maxMs: 20 },
    ...options,
  });
}

const sendJson =
  (status: number, body: unknown, headers: Record<string, string> = {}): ServerHandler =>
  (_, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };

const transactionBody = {
  data: { id: productId, type: 'stock-transaction', attributes: { action: 'set', quantity: 1 } },
};

describe('a real server that misbehaves', () => {
  test('a connection reset on a GET is retried and the answer after it is used', async () => {
    const api = await clientFor((request, response, index) => {
      if (index === 0) request.socket.destroy();
      else sendJson(200, stockBody)(request, response, index);
    });

    expect((await api.stock.get(productId)).id).toBe(productId);
    expect(server?.count('GET')).toBe(2);
  });

  test('a connection reset on a transaction is not retried: it may have been applied', async () => {
    const api = await clientFor((request) => request.socket.destroy());
    const create = api.transactions.create(productId, { action: 'increment', quantity: 1 });

    await expect(create).rejects.toBeInstanceOf(ConnectionError);
    expect(server?.count('POST')).toBe(1);
  });

  test('a 429 on a transaction is retried after Retry-After', async () => {
    const api = await clientFor((request, response, index) =>
      index === 0
        ? sendJson(429, { errors: [{ status: 429, title: 'Slow down' }] }, { 'Retry-After': '0' })(
            request,
            response,
            index,
          )
        : sendJson(201, transactionBody)(request, response, index),
    );

    await api.transactions.create(productId, { action: 'set', quantity: 1 });
    expect(server?.count('POST')).toBe(2);
  });

  test('a 503 with Retry-After in seconds is waited out on a GET', async () => {
    const api = await clientFor((request, response, index) =>
      index === 0
        ? sendJson(503, { errors: [{ status: 503, title: 'Busy' }] }, { 'Retry-After': '1' })(
            request,
            response,
            index,
          )
        : sendJson(200, stockBody)(request, response, index),
    );

    expect((await api.stock.get(productId)).id).toBe(productId);
    expect(server?.count('GET')).toBe(2);
  });

  test('a server that never answers times out with a TimeoutError', async () => {
    const api = await clientFor(() => {}, { timeout: 150, maxRetries: 0 });
    await expect(api.stock.get(productId)).rejects.toBeInstanceOf(TimeoutError);
  });

  test('a server that stalls in the middle of the body times out too', async () => {
    const api = await clientFor(
      (_, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"data":');
      },
      { timeout: 150, maxRetries: 0 },
    );
    await expect(api.stock.get(productId)).rejects.toBeInstanceOf(TimeoutError);
  });

  test('a closed port is a ConnectionError once the retries are spent', async () => {
    const api = await clientFor(() => {});
    await server?.close();
    const error = await api.stock.get(productId).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });
});
