import {
  type InventoriesClient,
  isApiError,
  isAuthenticationError,
  isConnectionError,
  isRateLimitError,
  isTimeoutError,
} from '@ep-inventories/client';
import type { Import } from '@ep-inventories/types';
import { sleep } from '../internal/sleep.js';
import { findImportByExternalRef } from './find-by-ref.js';

export interface SubmitOptions {
  signal?: AbortSignal;
  /** Upload attempts in all, the first included. @default 3 */
  maxAttempts?: number;
  /** Milliseconds one upload may take. @default 600000 */
  uploadTimeout?: number;
  /** Upper bound of the first wait between attempts; it doubles each time. @default 1000 */
  retryDelayMs?: number;
  /** Wait before looking up an upload whose outcome is unknown. @default 2000 */
  lookupDelayMs?: number;
  /** How far the service's clock may be behind this one. @default 300000 */
  clockSkewMs?: number;
  /** Told before each new attempt. */
  onRetry?: (event: { attempt: number; reason: string; delayMs: number }) => void;
}

export interface Submitted {
  import: Import;
  attempts: number;
  /** The upload failed from our side but the import was found: it was not sent twice. */
  recovered: boolean;
}

export interface ChunkUpload {
  file: Blob;
  externalRef: string;
  filename: string;
}

type Outcome = 'not-processed' | 'unknown' | 'final';

/**
 * What a failed upload says about whether the service may have created the import. Guards,
 * not instanceof, so a client from another copy of the package is understood too.
 */
function outcomeOf(error: unknown): Outcome {
  // The service answered without processing the upload: sending it again is safe.
  if (isRateLimitError(error) || isAuthenticationError(error)) return 'not-processed';
  if (isConnectionError(error)) {
    return error.requestNotSent ? 'not-processed' : 'unknown';
  }
  // The upload may have been received and the import created before the failure.
  if (isTimeoutError(error) || (isApiError(error) && error.status >= 500)) return 'unknown';
  return 'final';
}

/**
 * Uploads one chunk so that it is never imported twice. After a failure that may have reached
 * the service (a reset connection, a timeout, a 5xx), the import is looked up by its
 * external_ref before the file is sent again; if it exists, it is returned instead.
 */
export async function submitChunk(
  client: InventoriesClient,
  upload: ChunkUpload,
  options: SubmitOptions = {},
): Promise<Submitted> {
  const { signal, maxAttempts = 3 } = options;
  const createdSince = new Date(Date.now() - (options.clockSkewMs ?? 300_000));
  const request = {
    maxRetries: 0,
    timeout: options.uploadTimeout ?? 600_000,
    ...(signal ? { signal } : {}),
  };

  for (let attempt = 1; ; attempt++) {
    try {
      const created = await client.imports.create(upload, request);
      return { import: created, attempts: attempt, recovered: false };
    } catch (error) {
      const outcome = outcomeOf(error);
      if (outcome === 'final') throw error;

      if (outcome === 'unknown') {
        await sleep(options.lookupDelayMs ?? 2000, signal);
        const lookup = { createdSince, ...(signal ? { signal } : {}) };
        const found = await findImportByExternalRef(client, upload.externalRef, lookup);
        if (found) return { import: found, attempts: attempt, recovered: true };
      }
      if (attempt >= maxAttempts) throw error;

      const retryAfter = isRateLimitError(error) ? error.retryAfterMs : undefined;
      const delayMs =
        retryAfter ?? Math.random() * (options.retryDelayMs ?? 1000) * 2 ** (attempt - 1);
      options.onRetry?.({ attempt: attempt + 1, reason: (error as Error).name, delayMs });
      await sleep(delayMs, signal);
    }
  }
}
