import type { ImportStatus } from '@ep-inventories/client';
import { expect, test } from 'vitest';
import { bodyData, expectContract } from '../src/checks.js';
import { describeOperation } from '../src/contract.js';
import { badRequest, expectErrorPath, notFound } from '../src/error-paths.js';
import { firstPage } from '../src/pages.js';
import { ids } from '../src/samples.js';
import { contractSession } from '../src/session.js';

// Uploads live in import-uploads.test.ts. Reading one import needs an id: on a live store
// there is none the suite may rely on, and the statuses come from the mock's named examples.
const mockOnly = { tags: ['mock-only'] };

describeOperation('ListImportJobs', () => {
  test('returns the first page as the service sent it', async () => {
    const session = contractSession();
    const page = await firstPage(session.client.imports.list({ limit: 25 }));

    const exchange = expectContract(session.exchanges, 'ListImportJobs', 200);
    expect(page.items).toEqual(bodyData(exchange));
  });
});

describeOperation('GetImport', () => {
  test.for<{ title: string; given: string; want: ImportStatus }>([
    { title: 'waiting its turn', given: 'example=pending', want: 'pending' },
    { title: 'being applied', given: 'example=started', want: 'started' },
    { title: 'finished', given: 'example=success', want: 'success' },
    { title: 'abandoned', given: 'example=failed', want: 'failed' },
  ])('reads an import $title as $want', mockOnly, async ({ given, want }) => {
    const session = contractSession();
    session.prefer('GetImport', given);
    const job = await session.client.imports.get(ids.import);

    const exchange = expectContract(session.exchanges, 'GetImport', 200);
    expect(job).toEqual(bodyData(exchange));
    expect(job.attributes.status).toBe(want);
  });

  test.for([badRequest, notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const read = () => session.client.imports.get(ids.import);
    await expectErrorPath(session, 'GetImport', path, read);
  });
});

describeOperation('GetImportErrors', () => {
  test('lists the rejected lines of an import', mockOnly, async () => {
    const session = contractSession();
    const page = await firstPage(session.client.imports.errors(ids.import, { limit: 50 }));

    const exchange = expectContract(session.exchanges, 'GetImportErrors', 200);
    expect(page.items).toEqual(bodyData(exchange));
  });

  test.for([notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const list = () => firstPage(session.client.imports.errors(ids.import));
    await expectErrorPath(session, 'GetImportErrors', path, list);
  });
});
