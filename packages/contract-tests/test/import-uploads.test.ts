import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportCreateInput } from '@ep-inventories/client';
import { beforeAll, describe, expect, test } from 'vitest';
import { bodyData, expectContract } from '../src/checks.js';
import { describeOperation } from '../src/contract.js';
import { badRequest, expectErrorPath } from '../src/error-paths.js';
import { sampleJsonl } from '../src/samples.js';
import { contractSession } from '../src/session.js';

// The client's multipart uploads all live here and run in order (and the config runs files one
// at a time): Prism is unreliable with multipart bodies under parallel workers. Creating an
// import is mock-only: a live import cannot be deleted, and the stock it writes lands later.
const mockOnly = { tags: ['mock-only'] };

const inMemory = () => Promise.resolve(new Blob([sampleJsonl], { type: 'application/x-ndjson' }));
let onDisk = '';

interface Upload extends Omit<ImportCreateInput, 'file'> {
  file: () => Promise<Blob>;
}

describe.sequential('multipart uploads', () => {
  beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-uploads-'));
    onDisk = join(folder, 'stock.jsonl');
    writeFileSync(onDisk, sampleJsonl);
    return () => rmSync(folder, { recursive: true, force: true });
  });

  describeOperation('CreateImport', () => {
    test.for<{ title: string; given: Upload }>([
      { title: 'a file alone', given: { file: inMemory } },
      { title: 'a file and a reference', given: { file: inMemory, externalRef: 'nightly-2026' } },
      {
        title: 'a reference of 2,048 characters',
        given: { file: inMemory, externalRef: 'r'.repeat(2048) },
      },
      { title: 'a file streamed from disk', given: { file: () => openAsBlob(onDisk) } },
      { title: 'a file under its own name', given: { file: inMemory, filename: 'levels.jsonl' } },
    ])('queues $title', mockOnly, async ({ given }) => {
      const session = contractSession();
      const job = await session.client.imports.create({ ...given, file: await given.file() });

      const exchange = expectContract(session.exchanges, 'CreateImport', 201);
      expect(job).toEqual(bodyData(exchange));
      expect(job.attributes.status).toBe('pending');
    });

    test.for([badRequest])('answers $want.status for $title', mockOnly, async (path) => {
      const session = contractSession();
      const file = await inMemory();
      const upload = () => session.client.imports.create({ file });
      await expectErrorPath(session, 'CreateImport', path, upload);
    });
  });
});
