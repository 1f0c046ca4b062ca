import { createInventoriesClient, type InventoriesClient } from '@ep-inventories/client';
import { type PrismServer, startPrism } from '@ep-inventories/mock';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importFile } from '../src/node/index.js';
import { jsonlLines } from './support/fake-service.js';
import { tempFile } from './support/temp-files.js';

let mock: PrismServer;
let client: InventoriesClient;
let posts = 0;

/** Asks the mock for the `success` example of GetImport: Prism is stateless. */
function preferSuccess(request: Request): Promise<Response> {
  const finished = new Request(request);
  if (request.method === 'POST' && request.url.endsWith('/imports')) posts++;
  if (request.method === 'GET' && /\/imports\/[^/]+$/.test(new URL(request.url).pathname)) {
    finished.headers.set('Prefer', 'example=success');
  }
  return fetch(finished);
}

beforeAll(async () => {
  mock = await startPrism();
  client = createInventoriesClient({
    baseUrl: mock.url,
    credentials: { clientId: 'flow-test', clientSecret: 'flow-test-secret' },
    fetch: preferSuccess,
  });
}, 60_000);

afterAll(async () => {
  await mock?.stop();
});

// Uploads run one after another: Prism is unreliable with parallel multipart requests.
describe.sequential('a whole file through the mock: validate, split, upload, wait, report', () => {
  test.each([
    { lines: 50_000, wantChunks: 1 },
    { lines: 120_000, wantChunks: 3 },
  ])(
    '$lines lines become $wantChunks imports',
    async ({ lines, wantChunks }) => {
      const path = await tempFile(`stock-${lines}.jsonl`, `${jsonlLines(lines).join('\n')}\n`);
      const before = posts;
      const summary = await importFile(client, path, {
        externalRef: `flow-${lines}`,
        intervalMs: 10,
      });

      expect(posts - before).toBe(wantChunks);
      expect(summary.products).toBe(lines);
      expect(summary.imports.map((item) => item.status)).toEqual(Array(wantChunks).fill('success'));
      expect(summary.imports.map((item) => item.products)).toEqual(
        Array.from({ length: wantChunks }, (_, i) => Math.min(50_000, lines - i * 50_000)),
      );
      const refs = summary.imports.map((item) => item.externalRef);
      expect(refs.at(-1)).toBe(
        wantChunks === 1 ? `flow-${lines}` : `flow-${lines}#${wantChunks}/${wantChunks}`,
      );

      // The mock's example errors sit on lines 2 and 4 of each import: source lines follow.
      const mapped = summary.errors.map(({ chunk, line }) => ({ chunk, line }));
      expect(mapped).toEqual(
        Array.from({ length: wantChunks }, (_, i) => [
          { chunk: i + 1, line: i * 50_000 + 2 },
          { chunk: i + 1, line: i * 50_000 + 4 },
        ]).flat(),
      );
    },
    120_000,
  );
});
