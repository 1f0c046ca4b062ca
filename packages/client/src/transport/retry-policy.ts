import { ConnectionError, type InventoriesError, TimeoutError } from '../errors/index.js';

/** What decides whether a failed attempt may be sent again. */
export interface AttemptContext {
  /** Repeating the request cannot apply it twice (GET, PUT, DELETE, or a read-only POST). */
  idempotent: boolean;
  /** The body can be sent again: none, or buffered. A one-shot stream cannot. */
  replayable: boolean;
}

export interface Delays {
  initialMs: number;
  maxMs: number;
  maxRetryAfterMs: number;
}

export const defaultDelays: Delays = { initialMs: 500, maxMs: 8000, maxRetryAfterMs: 60_000 };

const idempotentMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function isIdempotentMethod(method: string): boolean {
  return idempotentMethods.has(method.toUpperCase());
}

export function shouldRetryStatus(status: number, context: AttemptContext): boolean {
  if (!context.replayable) return false;
  // 408 and 429 say the request was not processed: safe to repeat whatever the method.
  if (status === 408 || status === 429) return true;
  // Other 5xx may come after the change was applied: only repeat what cannot apply twice.
  // 501 means the server will never support the request, so waiting cannot help.
  return status >= 500 && status !== 501 && context.idempotent;
}

export function shouldRetryFailure(error: InventoriesError, context: AttemptContext): boolean {
  if (!context.replayable) return false;
  // A timeout or a reset may come after the server acted on the request.
  if (error instanceof TimeoutError) return context.idempotent;
  if (error instanceof ConnectionError) {
    return context.idempotent || error.requestNotSent;
  }
  return false;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. Undefined when absent or bad. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;

  // An HTTP date always names its day and month; bare numbers such as "-1" are not dates.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random wait up to initial * 2^retry, capped. */
export function backoffDelay(retry: number, delays: Delays, random = Math.random): number {
  const ceiling = Math.min(delays.maxMs, delays.initialMs * 2 ** retry);
  return Math.round(random() * ceiling);
}
