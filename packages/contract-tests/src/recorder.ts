import { matchOperation } from './routes.js';

/** One request the client sent and what came back, as the contract checks see it. */
export interface Exchange {
  /** The document's name for the call; undefined when no operation fits. */
  operationId: string | undefined;
  method: string;
  path: string;
  status: number;
  /** Prism's `sl-violations` header: what broke the document, in either direction. */
  violations: string | null;
  /** The parsed JSON answer (its text otherwise); undefined when there was none. */
  body: unknown;
}

/** A fetch for the client that records every exchange and can ask Prism for a response. */
export interface Recorder {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly exchanges: readonly Exchange[];
  /** Sends `Prefer: <value>` on every later request of this operation (the mock only). */
  prefer(operationId: string, value: string): void;
}

/** Wraps `send` (global fetch by default) in a recorder to hand to the client as its fetch. */
export function createRecorder(send: typeof fetch = globalThis.fetch): Recorder {
  const exchanges: Exchange[] = [];
  const preferences = new Map<string, string>();

  async function recordingFetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    const operationId = matchOperation(request.method, pathname);
    const prefer = operationId === undefined ? undefined : preferences.get(operationId);

    const response = await send(prefer ? withHeader(request, 'Prefer', prefer) : request);
    exchanges.push({
      operationId,
      method: request.method,
      path: pathname,
      status: response.status,
      violations: response.headers.get('sl-violations'),
      body: withoutToken(await readBody(response.clone())),
    });
    return response;
  }

  return {
    fetch: recordingFetch,
    exchanges,
    prefer: (operationId, value) => void preferences.set(operationId, value),
  };
}

function withHeader(request: Request, name: string, value: string): Request {
  const headers = new Headers(request.headers);
  headers.set(name, value);
  return new Request(request, { headers });
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;

  // Broken JSON stays text, to fail the schema check rather than look like a network failure.
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// A failed assertion prints the exchange: a live token must not reach the test report. The
// placeholder is still a string, so the body still validates against the token schema.
function withoutToken(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const token = (body as { access_token?: unknown }).access_token;
  return typeof token === 'string' ? { ...body, access_token: '[redacted]' } : body;
}
