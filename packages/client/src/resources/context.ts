import type { Client } from 'openapi-fetch';
import { createApiError } from '../errors/index.js';
import type { PageOptions } from '../pagination.js';
import type { ClientPaths } from '../paths.js';
import type { Redactor } from '../redact.js';
import { parseRetryAfter } from '../transport/retry-policy.js';
import type { CallOptions, Transport } from '../transport/transport.js';

export type RawClient = Client<ClientPaths>;

/** What every resource helper needs; built once per client. */
export interface Context {
  raw: RawClient;
  transport: Transport;
  redactor: Redactor;
}

/** Options every helper accepts. */
export type RequestOptions = Omit<CallOptions, 'idempotent'>;

/** Paging, filtering and per-call options of a list. */
export interface ListOptions extends PageOptions, RequestOptions {
  /** A filter such as `eq(location,dublin)`; which attributes work is up to the service. */
  filter?: string;
}

/** A fetch for one call: the transport with this call's options. */
export function callFetch(context: Context, options: CallOptions = {}) {
  return (request: Request) => context.transport(request, options);
}

interface RawResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the data of a successful answer; throws the matching ApiError otherwise. */
export async function unwrap<T>(context: Context, method: string, call: Promise<RawResult<T>>) {
  const { data, error, response } = await call;
  if (response.ok) return data as T;

  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  throw createApiError(
    {
      status: response.status,
      statusText: response.statusText,
      body: error,
      headers: response.headers,
      method,
      url: response.url,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    },
    context.redactor,
  );
}

/** The query of a list call: `page[offset]`, `page[limit]` and an optional `filter`. */
export function pageQuery(offset: number, limit: number, filter: string | undefined) {
  return { page: { offset, limit }, ...(filter === undefined ? {} : { filter }) };
}
