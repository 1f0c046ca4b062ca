import type { InventoriesClient } from '@ep-inventories/client';
import type { Import, ImportStatus } from '@ep-inventories/types';
import { ImportWaitTimeoutError, UnexpectedImportStatusError } from '../errors.js';
import { sleep } from '../internal/sleep.js';

/** Where an import is, each time it is read. */
export interface WaitProgress {
  importId: string;
  status: ImportStatus;
  /** Lines the service read as records so far. */
  uploaded: number;
  /** Records applied so far. */
  imported: number;
  elapsedMs: number;
}

export interface WaitOptions {
  signal?: AbortSignal;
  /** Give up after this long, with an ImportWaitTimeoutError. @default 3600000 (an hour) */
  timeoutMs?: number;
  /** First wait between reads; it grows by `backoff` up to `maxIntervalMs`. @default 1000 */
  intervalMs?: number;
  /** @default 15000 */
  maxIntervalMs?: number;
  /** @default 1.5 */
  backoff?: number;
  onProgress?: (progress: WaitProgress) => void;
}

/** `pending` and `started` go on; `success` and `failed` end the wait. */
const transitions: Record<ImportStatus, 'wait' | 'done'> = {
  pending: 'wait',
  started: 'wait',
  success: 'done',
  failed: 'done',
};

export function progressOf(item: Import, elapsedMs: number): WaitProgress {
  const records = item.meta.records;
  return {
    importId: item.id,
    status: item.attributes.status,
    uploaded: records?.uploaded?.stock ?? 0,
    imported: records?.imported?.stock ?? 0,
    elapsedMs,
  };
}

/** The clock and the wait the poller uses; tests give it their own. */
export interface Timers {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const realTimers: Timers = { now: () => Date.now(), sleep };

/**
 * Reads an import until it is `success` or `failed` and returns it as last read. Imports run
 * one at a time and queue behind each other, so a `pending` import may wait a while.
 *
 * Note: the deadline is checked between reads, and the last read happens at the deadline; a
 * read already under way finishes within the client's own timeout.
 */
export function waitForImport(
  client: InventoriesClient,
  importId: string,
  options: WaitOptions = {},
): Promise<Import> {
  return pollImport(client, importId, options, realTimers);
}

export async function pollImport(
  client: InventoriesClient,
  importId: string,
  options: WaitOptions,
  timers: Timers,
): Promise<Import> {
  const { signal, timeoutMs = 3_600_000, maxIntervalMs = 15_000, backoff = 1.5 } = options;
  const started = timers.now();
  let interval = options.intervalMs ?? 1000;

  for (;;) {
    const item = await client.imports.get(importId, signal ? { signal } : {});
    options.onProgress?.(progressOf(item, timers.now() - started));

    const { status } = item.attributes;
    if (!Object.hasOwn(transitions, status)) throw new UnexpectedImportStatusError(item);
    if (transitions[status] === 'done') return item;

    const remaining = started + timeoutMs - timers.now();
    if (remaining <= 0) throw new ImportWaitTimeoutError(item, timeoutMs);
    await timers.sleep(Math.min(interval, remaining), signal);
    interval = Math.min(maxIntervalMs, interval * backoff);
  }
}
