import type { IncomingMessage } from 'node:http';
import { BadRequestError, createInventoriesClient } from '@ep-inventories/client';
import { afterEach, describe, expect, test } from 'vitest';
import { findImportByExternalRef, submitChunk } from '../../src/index.js';
import {
  clientFor,
  FakeImportService,
  jsonlLines,
  type Misbehaviour,
  serve,
} from '../support/fake-service.js';

const upload = (externalRef = 'nightly#1/2') => ({
  file: new Blob([`${jsonlLines(3).join('\n')}\n`]),
  externalRef,
  filename: 'stock-1.jsonl',
});
const fast = { lookupDelayMs: 5, retryDelayMs: 5 };

let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

async function overHttp(service: FakeImportService, misbehave: Misbehaviour) {
  const server = await serve(service, misbehave);
  closeServer = server.close;
  return createInventoriesClient({
    baseUrl: server.url,
    credentials: { accessToken: 'test-token' },
  });
}

describe('submitChunk over a real connection', () => {
  test('a reset after the import was created does not create a second one', async () => {
    const service = new FakeImportService();
    let posts = 0;
    const client = await overHttp(service, async (request, _, respond) => {
      if (request.method === 'POST' && ++posts === 1) {
        // The service takes the upload and creates the import; the answer never arrives.
        await createFrom(service, request);
        request.socket.destroy();
        return;
      }
      await respond();
    });

    const submitted = await submitChunk(client, upload(), fast);

    expect(posts).toBe(1);
    expect(service.imports).toHaveLength(1);
    expect(submitted).toMatchObject({ recovered: true, attempts: 1 });
    expect(submitted.import.id).toBe(service.imports[0]?.import.id);
  });

  test('a reset before anything was created sends the file again, once', async () => {
    const service = new FakeImportService();
    let posts = 0;
    const client = await overHttp(service, async (request, _, respond) => {
      if (request.method === 'POST' && ++posts === 1) return void request.socket.destroy();
      await respond();
    });

    const submitted = await submitChunk(client, upload(), fast);

    expect(posts).toBe(2);
    expect(service.imports).toHaveLength(1);
    expect(submitted).toMatchObject({ recovered: false, attempts: 2 });
  });

  test('a 503 after the import was created is recovered by lookup too', async () => {
    const service = new FakeImportService();
    let posts = 0;
    const client = await overHttp(service, async (request, response, respond) => {
      if (request.method === 'POST' && ++posts === 1) {
        await createFrom(service, request);
        response.writeHead(503, { 'Content-Type': 'application/json' });
        return void response.end('{"errors":[{"status":503,"title":"Unavailable"}]}');
      }
      await respond();
    });

    expect(await submitChunk(client, upload(), fast)).toMatchObject({ recovered: true });
    expect(posts).toBe(1);
    expect(service.imports).toHaveLength(1);
  });
});

describe('submitChunk with an injected fetch', () => {
  function scripted(service: FakeImportService, answers: (Response | undefined)[]) {
    let posts = 0;
    const client = createInventoriesClient({
      baseUrl: 'https://store.example',
      credentials: { accessToken: 'test-token' },
      fetch: async (request) => {
        if (request.method === 'POST') {
          const scriptedAnswer = answers[posts++];
          if (scriptedAnswer) return scriptedAnswer;
        }
        return service.handle(request);
      },
    });
    return { client, posts: () => posts };
  }

  test('a 429 is sent again without a lookup: the service did not process it', async () => {
    const service = new FakeImportService();
    const busy = Response.json(
      { errors: [{ status: 429, title: 'Slow down' }] },
      { status: 429, headers: { 'Retry-After': '0' } },
    );
    const { client, posts } = scripted(service, [busy]);

    await submitChunk(client, upload(), fast);
    expect(posts()).toBe(2);
    expect(service.count('GET')).toBe(0);
  });

  test('a refused connection is sent again without a lookup: nothing was sent', async () => {
    const service = new FakeImportService();
    let refused = 0;
    const client = createInventoriesClient({
      baseUrl: 'https://store.example',
      credentials: { accessToken: 'test-token' },
      fetch: async (request) => {
        if (request.method === 'POST' && refused++ === 0) {
          const cause = Object.assign(new Error('connect failed'), { code: 'ECONNREFUSED' });
          throw new TypeError('fetch failed', { cause });
        }
        return service.handle(request);
      },
    });

    expect(await submitChunk(client, upload(), fast)).toMatchObject({ attempts: 2 });
    expect(service.count('GET')).toBe(0);
    expect(service.imports).toHaveLength(1);
  });

  test('a 400 is final: nothing is sent again', async () => {
    const service = new FakeImportService();
    const refused = Response.json(
      { errors: [{ status: 400, title: 'Bad file' }] },
      { status: 400 },
    );
    const { client, posts } = scripted(service, [refused]);

    await expect(submitChunk(client, upload(), fast)).rejects.toBeInstanceOf(BadRequestError);
    expect(posts()).toBe(1);
  });

  test('after the last attempt the error is thrown', async () => {
    const service = new FakeImportService();
    const down = () =>
      Response.json({ errors: [{ status: 502, title: 'Bad gateway' }] }, { status: 502 });
    const { client, posts } = scripted(service, [down(), down(), down()]);

    await expect(submitChunk(client, upload(), { ...fast, maxAttempts: 3 })).rejects.toThrow(/502/);
    expect(posts()).toBe(3);
    // Each failed attempt looks the import up twice: filtered, then by reading the list.
    expect(service.count('GET')).toBe(6);
  });
});

describe('findImportByExternalRef', () => {
  test('asks the service to filter by reference', async () => {
    const service = new FakeImportService();
    const client = clientFor(service);
    await client.imports.create(upload('a'));
    await client.imports.create(upload('b'));

    const found = await findImportByExternalRef(client, 'b');
    expect(found?.attributes.external_ref).toBe('b');
    const query = new URLSearchParams(service.requests.at(-1)?.search);
    expect(query.get('filter')).toBe('eq(external_ref,b)');
  });

  test('scans the list itself when a filtered lookup finds nothing', async () => {
    const service = new FakeImportService();
    const client = clientFor(service);
    await client.imports.create(upload('nightly#1/2'));
    // A service that reads the filter differently answers with an empty list.
    const listing = service.list.bind(service);
    service.list = (url) =>
      url.searchParams.has('filter')
        ? Response.json({ data: [], links: { next: null } })
        : listing(url);

    expect((await findImportByExternalRef(client, 'nightly#1/2'))?.attributes.external_ref).toBe(
      'nightly#1/2',
    );
  });

  test('scans the list itself when the service refuses the filter', async () => {
    const service = new FakeImportService();
    service.refuseFilter = true;
    const client = clientFor(service);
    await client.imports.create(upload('a'));
    await client.imports.create(upload('b'));

    expect((await findImportByExternalRef(client, 'b'))?.attributes.external_ref).toBe('b');
  });

  test('ignores imports created before the given time', async () => {
    const service = new FakeImportService();
    const client = clientFor(service);
    await client.imports.create(upload('nightly'));

    const later = new Date(Date.now() + 60_000);
    expect(
      await findImportByExternalRef(client, 'nightly', { createdSince: later }),
    ).toBeUndefined();
  });
});

/** Lets the service create the import from a request the server received. */
async function createFrom(service: FakeImportService, request: IncomingMessage): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = new Uint8Array(Buffer.concat(chunks));
  await service.create(
    new Request('http://x/', { method: 'POST', headers: request.headers as HeadersInit, body }),
  );
}
