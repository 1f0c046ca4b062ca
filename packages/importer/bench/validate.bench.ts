/**
 * Prints how fast the importer validates and how much memory a large import takes.
 *
 *   pnpm --filter @ep-inventories/importer bench [-- --lines 500000]
 *
 * Memory is read as the process's peak resident set size while the import runs against a
 * local server that reads each upload and throws it away.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createInventoriesClient } from '@ep-inventories/client';
import { importFile, validateFile } from '../src/node/index.js';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '500000' } } });
const lines = Number(values.lines);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function writeSample(path: string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < lines; i++) {
    const id = `9f1c6f2e-4b7a-4d2e-9c1b-${String(i).padStart(12, '0')}`;
    const locations = { 'dublin-warehouse': { total: i % 500 }, 'cork-store': { total: 7 } };
    const line = `${JSON.stringify({ data: { type: 'stock', id, attributes: { locations } } })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** Answers every upload with a pending import, reading and discarding the body. */
async function sinkServer() {
  let uploads = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      uploads++;
      const data = {
        id: `00000000-0000-4000-8000-${String(uploads).padStart(12, '0')}`,
        type: 'inventories_import',
        attributes: { status: 'pending' },
        meta: { timestamps: { created_at: new Date().toISOString() } },
      };
      response.writeHead(201, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, uploads: () => uploads, close: () => server.close() };
}

function peakMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

const dir = await mkdtemp(join(tmpdir(), 'importer-bench-'));
try {
  const path = join(dir, 'stock.jsonl');
  await writeSample(path);
  const size = (await stat(path)).size;
  console.log(`sample: ${lines.toLocaleString('en')} lines, ${mb(size)}`);

  const started = performance.now();
  const report = await validateFile(path);
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(lines / seconds).toLocaleString('en');
  console.log(
    `validate: ${seconds.toFixed(2)} s, ${rate} lines/s, ${mb(size / seconds)}/s ` +
      `(valid: ${report.valid})`,
  );

  const server = await sinkServer();
  const client = createInventoriesClient({
    baseUrl: server.url,
    credentials: { accessToken: 'bench-token' },
  });
  const baseline = process.memoryUsage().rss;
  const stop = peakMemory();
  const importStarted = performance.now();
  await importFile(client, path, { wait: false, externalRef: 'bench' });
  const peak = stop();
  const importSeconds = ((performance.now() - importStarted) / 1000).toFixed(2);
  console.log(
    `import (validate, split, upload ${server.uploads()} chunks): ${importSeconds} s, ` +
      `peak RSS ${mb(peak)} (${mb(peak - baseline)} above the ${mb(baseline)} before it) ` +
      `for a ${mb(size)} file`,
  );
  server.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
