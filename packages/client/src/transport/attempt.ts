import { AbortError, ConnectionError, isInventoriesError, TimeoutError } from '../errors/index.js';
import { causeCode } from '../internal/cause-code.js';
import type { FetchLike } from '../options.js';
import { type Redactor, redactError } from '../redact.js';

const bodiless = new Set([101, 204, 205, 304]);

/**
 * Sends one request and reads the whole answer under one timer, so a server that stalls in
 * the middle of a body times out too. Failures come back as TimeoutError, AbortError (the
 * caller's signal) or ConnectionError.
 */
export async function attempt(
  fetch: FetchLike,
  build: (signal: AbortSignal) => Request,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  redactor: Redactor,
): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  callerSignal?.addEventListener('abort', onAbort, { once: true });

  // Racing the signal as well means a fetch that ignores its signal cannot hang the call.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
      once: true,
    });
  });
  stopped.catch(() => {});

  const request = build(controller.signal);
  try {
    if (callerSignal?.aborted) throw callerSignal.reason;
    const response = await Promise.race([fetch(request), stopped]);
    return await Promise.race([buffered(response, request.url), stopped]);
  } catch (error) {
    if (timedOut) throw new TimeoutError(timeoutMs, { cause: redactError(error, redactor) });
    if (callerSignal?.aborted) {
      throw new AbortError('the request was aborted', { cause: callerSignal.reason });
    }
    if (isInventoriesError(error)) throw error;
    throw connectionError(error, request, redactor);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onAbort);
  }
}

async function buffered(response: Response, requestUrl: string): Promise<Response> {
  const body = bodiless.has(response.status) ? null : await response.arrayBuffer();
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has an empty url; keep the one the answer came from.
  Object.defineProperty(copy, 'url', { value: response.url || requestUrl });
  return copy;
}

function connectionError(error: unknown, request: Request, redactor: Redactor): ConnectionError {
  const message = error instanceof Error ? error.message : String(error);
  const code = causeCode(error);
  const detail = code ? `${message} (${code})` : message;
  const target = `${request.method} ${new URL(request.url).origin}`;
  return new ConnectionError(redactor.redact(`${target} failed: ${detail}`), {
    cause: redactError(error, redactor),
  });
}
