import type { TokenSource } from '../auth/tokens.js';
import { isInventoriesError } from '../errors/index.js';
import type { Logger } from '../internal/logger.js';
import { anySignal, sleep as realSleep, type Sleep } from '../internal/signals.js';
import type { FetchLike } from '../options.js';
import type { Redactor } from '../redact.js';
import { attempt } from './attempt.js';
import {
  type AttemptContext,
  backoffDelay,
  type Delays,
  isIdempotentMethod,
  parseRetryAfter,
  shouldRetryFailure,
  shouldRetryStatus,
} from './retry-policy.js';

/** Per-call settings, layered over the client's. */
export interface CallOptions {
  /** Abort the call: pending attempts and waits between retries stop with an AbortError. */
  signal?: AbortSignal;
  /** Milliseconds each attempt may take. */
  timeout?: number;
  /** Retries for this call; 0 disables them. */
  maxRetries?: number;
  /** Marks a POST that only reads, so it may be retried like a GET. */
  idempotent?: boolean;
}

export interface TransportConfig {
  fetch: FetchLike;
  tokens: TokenSource;
  timeoutMs: number;
  maxRetries: number;
  delays: Delays;
  logger: Required<Logger>;
  redactor: Redactor;
  userAgent: string | undefined;
  sleep?: Sleep;
  random?: () => number;
}

export type Transport = (request: Request, options?: CallOptions) => Promise<Response>;

interface Body {
  /** The bytes to send on every attempt, or the original stream for a single attempt. */
  bytes: ArrayBuffer | null | 'stream';
}

const tokenPath = /\/oauth\/access_token$/;

// Multipart and binary bodies can be large (an import file): they are streamed once, never
// buffered for a replay.
function isOneShot(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.startsWith('multipart/') || type.startsWith('application/octet-stream');
}

async function readBody(request: Request): Promise<Body> {
  if (request.body === null) return { bytes: null };
  if (isOneShot(request)) return { bytes: 'stream' };
  return { bytes: await request.arrayBuffer() };
}

/**
 * The fetch function handed to openapi-fetch: adds the token, the multi-location header and
 * the user agent, applies the timeout, and retries what is safe to retry.
 */
export function createTransport(config: TransportConfig): Transport {
  const sleep = config.sleep ?? realSleep;
  const { logger } = config;

  function headersFor(request: Request, token: string | undefined): Headers {
    const headers = new Headers(request.headers);
    if (token !== undefined) {
      headers.set('Authorization', `Bearer ${token}`);
      headers.set('EP-Inventories-Multi-Location', 'true');
    }
    if (config.userAgent) headers.set('User-Agent', config.userAgent);
    return headers;
  }

  function builder(request: Request, body: Body, headers: Headers) {
    return (signal: AbortSignal) => {
      if (body.bytes === 'stream') return new Request(request, { headers, signal });
      const { method, redirect } = request;
      return new Request(request.url, { method, headers, body: body.bytes, signal, redirect });
    };
  }

  return async function send(request, options = {}) {
    // The raw client carries the caller's signal on the request; helpers pass it as an option.
    const combined = anySignal([options.signal, request.signal]);
    try {
      const signal = combined.signal ? { signal: combined.signal } : {};
      return await sendWith(request, { ...options, ...signal });
    } finally {
      combined.dispose();
    }
  };

  async function sendWith(request: Request, options: CallOptions): Promise<Response> {
    const body = await readBody(request);
    const authenticated = !tokenPath.test(new URL(request.url).pathname);
    const context: AttemptContext = {
      idempotent: options.idempotent ?? isIdempotentMethod(request.method),
      replayable: body.bytes !== 'stream',
    };
    const maxRetries = options.maxRetries ?? config.maxRetries;
    const timeoutMs = options.timeout ?? config.timeoutMs;
    const where = `${request.method} ${config.redactor.redact(request.url)}`;
    let replayedAfter401 = false;
    let retries = 0;

    const waitBeforeRetry = async (reason: string, delayMs: number) => {
      retries++;
      logger.warn(`retrying ${where} after ${reason}`, { retry: retries, delayMs });
      await sleep(delayMs, options.signal);
    };

    for (;;) {
      const token = authenticated ? await config.tokens.get(options.signal) : undefined;
      const build = builder(request, body, headersFor(request, token));
      const started = Date.now();
      logger.debug(`request ${where}`, { attempt: retries + 1 });

      let response: Response;
      try {
        response = await attempt(config.fetch, build, timeoutMs, options.signal, config.redactor);
      } catch (error) {
        if (!isInventoriesError(error)) throw error;
        if (retries >= maxRetries || !shouldRetryFailure(error, context)) throw error;
        await waitBeforeRetry(error.name, backoffDelay(retries, config.delays, config.random));
        continue;
      }

      const requestId = response.headers.get('x-request-id');
      const fields = { ms: Date.now() - started, ...(requestId ? { requestId } : {}) };
      logger.debug(`response ${response.status} ${where}`, fields);

      if (response.status === 401 && token !== undefined && !replayedAfter401) {
        // Refresh once; replay only when the body can be sent again. The next call gets the
        // fresh token either way. The replay does not count as a retry.
        const mayRefresh = config.tokens.invalidate(token);
        if (mayRefresh && context.replayable) {
          replayedAfter401 = true;
          logger.info(`token refused; refreshing it and replaying ${where}`);
          continue;
        }
      }

      if (retries >= maxRetries || !shouldRetryStatus(response.status, context)) return response;

      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      if (retryAfterMs !== undefined && retryAfterMs > config.delays.maxRetryAfterMs) {
        return response;
      }
      const delayMs = retryAfterMs ?? backoffDelay(retries, config.delays, config.random);
      await waitBeforeRetry(String(response.status), delayMs);
    }
  }
}
