import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createInventoriesClient, type InventoriesClient } from '@ep-inventories/client';
import type { Import, ImportStatus } from '@ep-inventories/types';

export interface StoredImport {
  import: Import;
  file: string;
  /** Statuses GetImport answers with, one per read; the last one repeats. */
  statuses: ImportStatus[];
  errors: { line_number: number; field: string; error: string }[];
}

const json = (body: unknown, status = 200) => Response.json(body, { status });

/**
 * An in-memory imports service speaking the document's shapes: enough of the API to run the
 * import workflow against, with hooks to misbehave.
 */
export class FakeImportService {
  readonly imports: StoredImport[] = [];
  readonly requests: { method: string; path: string; search: string }[] = [];
  /** Statuses given to each new import. */
  statuses: ImportStatus[] = ['pending', 'started', 'success'];
  /** Line errors given to each new import, by chunk line. */
  errorsFor: (file: string) => StoredImport['errors'] = () => [];
  /** Answer filtered lists with 400, as a service that does not filter imports would. */
  refuseFilter = false;

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    this.requests.push({ method: request.method, path: url.pathname, search: url.search });
    const [, , , id, errors] = url.pathname.split('/').slice(1);

    if (request.method === 'POST') return this.create(request);
    if (!id) return this.list(url);
    const stored = this.imports.find((item) => item.import.id === id);
    if (!stored) return json({ errors: [{ status: 404, title: 'Not Found' }] }, 404);
    return errors ? this.errorPage(stored, url) : this.read(stored);
  }

  count(method: string): number {
    return this.requests.filter((r) => r.method === method).length;
  }

  async create(request: Request): Promise<Response> {
    const form = await request.formData();
    const file = await (form.get('import_file') as Blob).text();
    const ref = form.get('external_ref');
    const item: Import = {
      id: crypto.randomUUID(),
      type: 'inventories_import',
      attributes: { status: 'pending', ...(typeof ref === 'string' ? { external_ref: ref } : {}) },
      meta: { timestamps: { created_at: new Date().toISOString() } },
    };
    this.imports.push({
      import: item,
      file,
      statuses: [...this.statuses],
      errors: this.errorsFor(file),
    });
    return json({ data: item }, 201);
  }

  read(stored: StoredImport): Response {
    const status = stored.statuses.length > 1 ? stored.statuses.shift() : stored.statuses[0];
    const lines = stored.file.split('\n').filter(Boolean).length;
    const done = status === 'success' || status === 'failed';
    const imported = status === 'success' ? lines - stored.errors.length : 0;
    stored.import = {
      ...stored.import,
      attributes: { ...stored.import.attributes, status: status ?? 'pending' },
      meta: {
        ...stored.import.meta,
        records: { uploaded: { stock: done ? lines : 0 }, imported: { stock: imported } },
      },
    };
    return json({ data: stored.import });
  }

  list(url: URL): Response {
    const filter = url.searchParams.get('filter');
    if (filter && this.refuseFilter)
      return json({ errors: [{ status: 400, title: 'Bad filter' }] }, 400);
    const ref = filter?.match(/^eq\(external_ref,(.*)\)$/)?.[1];
    const data = this.imports
      .map((item) => item.import)
      .filter((item) => ref === undefined || item.attributes.external_ref === ref);
    return json({ data, links: { next: null } });
  }

  errorPage(stored: StoredImport, url: URL): Response {
    const offset = Number(url.searchParams.get('page[offset]') ?? 0);
    const limit = Number(url.searchParams.get('page[limit]') ?? 25);
    const page = stored.errors.slice(offset, offset + limit);
    const data = page.map((error, i) => ({
      id: `00000000-0000-4000-8000-${String(offset + i).padStart(12, '0')}`,
      type: 'inventories_import_error',
      meta: error,
    }));
    const after = offset + limit;
    const next = after < stored.errors.length ? `${url.pathname}?page[offset]=${after}` : null;
    return json({ data, links: { next } });
  }
}

/** A client whose fetch is the fake service, in process. */
export function clientFor(service: FakeImportService): InventoriesClient {
  return createInventoriesClient({
    baseUrl: 'https://store.example',
    credentials: { accessToken: 'test-token' },
    fetch: (request) => service.handle(request),
    retryDelays: { initialMs: 1, maxMs: 5 },
  });
}

export type Misbehaviour = (
  request: IncomingMessage,
  response: ServerResponse,
  serve: () => Promise<void>,
) => Promise<void> | void;

/** The fake service behind a real HTTP server on a free loopback port. */
export async function serve(service: FakeImportService, misbehave?: Misbehaviour) {
  const server = createServer((incoming, outgoing) => {
    const url = `http://127.0.0.1${incoming.url ?? '/'}`;
    const body = incoming.method === 'GET' ? null : (Readable.toWeb(incoming) as ReadableStream);
    const init = {
      method: incoming.method ?? 'GET',
      headers: incoming.headers as HeadersInit,
      body,
      duplex: 'half',
    };
    const respond = async () => {
      const answer = await service.handle(new Request(url, init as RequestInit));
      outgoing.writeHead(answer.status, Object.fromEntries(answer.headers));
      outgoing.end(Buffer.from(await answer.arrayBuffer()));
    };
    void (misbehave ? misbehave(incoming, outgoing, respond) : respond());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${port}`, close };
}

/** `count` valid import lines with deterministic product ids. */
export function jsonlLines(count: number, locations = { 'dublin-warehouse': 5 }): string[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `9f1c6f2e-4b7a-4d2e-9c1b-${String(i).padStart(12, '0')}`;
    const totals = Object.fromEntries(
      Object.entries(locations).map(([slug, total]) => [slug, { total }]),
    );
    return JSON.stringify({ data: { type: 'stock', id, attributes: { locations: totals } } });
  });
}

export const productId = (i: number) => `9f1c6f2e-4b7a-4d2e-9c1b-${String(i).padStart(12, '0')}`;
