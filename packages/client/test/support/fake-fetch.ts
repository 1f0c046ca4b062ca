import type { FetchLike } from '../../src/index.js';

/** A request as the fake server saw it. */
export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

export type Handler = (request: Seen, index: number) => Response | Promise<Response>;

/** A fetch that answers from `handler` and records every request it receives. */
export function fakeFetch(handler: Handler): FetchLike & { seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch = async (request: Request) => {
    const entry: Seen = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: request.body ? await request.text() : '',
    };
    seen.push(entry);
    return handler(entry, seen.length - 1);
  };
  return Object.assign(fetch, { seen });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function tokenAnswer(token = 'token-1', expiresIn = 3600): Response {
  return json({ access_token: token, token_type: 'Bearer', expires_in: expiresIn, expires: 0 });
}

export function errorAnswer(status: number, title = 'Error', detail?: string): Response {
  return json(
    { errors: [{ status: String(status), title, ...(detail ? { detail } : {}) }] },
    status,
  );
}

export const productId = '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10';

export const stockBody = {
  data: {
    id: productId,
    type: 'stock',
    attributes: { available: 1, allocated: 0, total: 1, locations: {} },
  },
};

export const isTokenRequest = (request: Seen) => request.url.pathname === '/oauth/access_token';
