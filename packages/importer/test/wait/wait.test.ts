import { AbortError } from '@ep-inventories/client';
import type { ImportStatus } from '@ep-inventories/types';
import { describe, expect, test } from 'vitest';
import {
  ImportWaitTimeoutError,
  UnexpectedImportStatusError,
  type WaitProgress,
  waitForImport,
} from '../../src/index.js';
import { pollImport, type Timers } from '../../src/wait/wait.js';
import { clientFor, FakeImportService, jsonlLines } from '../support/fake-service.js';

/** A clock that moves only when the poller waits, recording each wait. */
function fakeTimers(): Timers & { waits: number[] } {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}

async function importWith(statuses: string[]) {
  const service = new FakeImportService();
  service.statuses = statuses as ImportStatus[];
  const client = clientFor(service);
  const created = await client.imports.create({ file: new Blob([jsonlLines(4).join('\n')]) });
  return { service, client, id: created.id };
}

const quick = { intervalMs: 1, maxIntervalMs: 2 };

describe('waitForImport', () => {
  test.each([
    {
      title: 'pending, started, success',
      statuses: ['pending', 'started', 'success'],
      want: 'success',
      reads: 3,
    },
    { title: 'straight to failed', statuses: ['failed'], want: 'failed', reads: 1 },
    {
      title: 'a long queue',
      statuses: ['pending', 'pending', 'pending', 'started', 'success'],
      want: 'success',
      reads: 5,
    },
  ])('$title ends with $want after $reads reads', async ({ statuses, want, reads }) => {
    const { service, client, id } = await importWith(statuses);
    const final = await waitForImport(client, id, quick);

    expect(final.attributes.status).toBe(want);
    expect(service.count('GET')).toBe(reads);
  });

  test('reports progress on every read, with counts once known', async () => {
    const { client, id } = await importWith(['pending', 'success']);
    const seen: WaitProgress[] = [];
    await waitForImport(client, id, { ...quick, onProgress: (progress) => seen.push(progress) });

    expect(seen.map(({ status, uploaded, imported }) => ({ status, uploaded, imported }))).toEqual([
      { status: 'pending', uploaded: 0, imported: 0 },
      { status: 'success', uploaded: 4, imported: 4 },
    ]);
  });

  test('an unknown status is an error, not a reason to wait forever', async () => {
    const { client, id } = await importWith(['pending', 'archived']);
    const error = await waitForImport(client, id, quick).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UnexpectedImportStatusError);
    expect((error as UnexpectedImportStatusError).lastSeen.attributes.status).toBe('archived');
  });

  test('waits grow by the backoff to their cap; the last read falls on the deadline', async () => {
    const { service, client, id } = await importWith(['pending']);
    const timers = fakeTimers();
    const options = { intervalMs: 10, maxIntervalMs: 40, backoff: 2, timeoutMs: 200 };
    const error = await pollImport(client, id, options, timers).catch((e: unknown) => e);

    expect(timers.waits).toEqual([10, 20, 40, 40, 40, 40, 10]);
    expect(service.count('GET')).toBe(8);
    expect(error).toBeInstanceOf(ImportWaitTimeoutError);
    expect((error as ImportWaitTimeoutError).lastSeen.attributes.status).toBe('pending');
    expect((error as Error).message).toMatch(/still pending after 200 ms/);
  });

  test('an import that finishes on the last read before the deadline is returned', async () => {
    const { client, id } = await importWith(['pending', 'pending', 'success']);
    const options = { intervalMs: 100, timeoutMs: 150, backoff: 1 };
    const timers = fakeTimers();

    expect((await pollImport(client, id, options, timers)).attributes.status).toBe('success');
    expect(timers.waits).toEqual([100, 50]);
  });

  test('an abort ends the wait between reads', async () => {
    const { client, id } = await importWith(['pending']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);

    await expect(
      waitForImport(client, id, { intervalMs: 10_000, signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortError);
  });
});
