import createClient from 'openapi-fetch';
import { version } from '../package.json';
import { issueToken } from './auth/issue-token.js';
import {
  CachedTokenSource,
  CallbackTokenSource,
  StaticTokenSource,
  type TokenSource,
} from './auth/tokens.js';
import { filterLogger, type Logger } from './internal/logger.js';
import {
  type ClientOptions,
  checkCount,
  checkCredentials,
  type FetchLike,
  resolveBaseUrl,
} from './options.js';
import type { ClientPaths } from './paths.js';
import { Redactor } from './redact.js';
import type { Context, RawClient } from './resources/context.js';
import { type ImportsResource, importsResource } from './resources/imports.js';
import { type LocationsResource, locationsResource } from './resources/locations.js';
import { type StockResource, stockResource } from './resources/stock.js';
import { type TransactionsResource, transactionsResource } from './resources/transactions.js';
import { defaultDelays } from './transport/retry-policy.js';
import { createTransport, type Transport } from './transport/transport.js';

export interface InventoriesClient {
  /**
   * The typed openapi-fetch client on the document's paths, returning `{ data, error,
   * response }` without throwing on HTTP errors. Auth, the multi-location header, retries
   * and timeouts apply to it too.
   */
  readonly raw: RawClient;
  /** Stock per product: read, list, create, update and delete. */
  readonly stock: StockResource;
  /** Stock movements of a product: list, read and record. */
  readonly transactions: TransactionsResource;
  /** Places that hold stock: list, read, create, update and delete. */
  readonly locations: LocationsResource;
  /** Bulk import jobs: upload, read, list, and read their line errors. */
  readonly imports: ImportsResource;
}

const defaultUserAgent = `@ep-inventories/client/${version}`;

// Browsers refuse to let scripts set User-Agent and may turn it into a CORS preflight.
const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';

function tokenSource(
  options: ClientOptions,
  redactor: Redactor,
  logger: Required<Logger>,
  context: () => Context,
) {
  const { credentials } = options;
  if ('accessToken' in credentials) {
    const { accessToken } = credentials;
    if (typeof accessToken === 'function') {
      return new CallbackTokenSource(accessToken, (token) => redactor.add(token));
    }
    redactor.add(accessToken);
    return new StaticTokenSource(accessToken);
  }

  redactor.add(credentials.clientSecret);
  return new CachedTokenSource(() => issueToken(context(), credentials), {
    onToken: (token) => {
      redactor.add(token.accessToken);
      logger.info('obtained an access token', { expiresIn: token.expiresIn });
    },
  });
}

/**
 * Creates a client for one store.
 *
 * @example
 * const client = createInventoriesClient({
 *   region: 'euwest',
 *   credentials: { clientId: env.EP_CLIENT_ID, clientSecret: env.EP_CLIENT_SECRET },
 * });
 * const stock = await client.stock.get(productId);
 */
export function createInventoriesClient(options: ClientOptions): InventoriesClient {
  checkCredentials(options.credentials);
  checkCount('maxRetries', options.maxRetries);
  checkCount('timeout', options.timeout);
  const baseUrl = resolveBaseUrl(options);

  const redactor = new Redactor();
  const logger = filterLogger(options.logger, options.logLevel ?? 'info');
  const fetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  let context: Context | undefined;
  const tokens: TokenSource = tokenSource(options, redactor, logger, () => context as Context);

  const transport: Transport = createTransport({
    fetch,
    tokens,
    redactor,
    timeoutMs: options.timeout ?? 30_000,
    maxRetries: options.maxRetries ?? 2,
    delays: { ...defaultDelays, ...definedDelays(options) },
    logger,
    userAgent: options.userAgent ?? (inBrowser ? undefined : defaultUserAgent),
  });
  const raw = createClient<ClientPaths>({ baseUrl, fetch: (request) => transport(request) });
  context = { raw, transport, redactor };

  return {
    raw,
    stock: stockResource(context),
    transactions: transactionsResource(context),
    locations: locationsResource(context),
    imports: importsResource(context),
  };
}

function definedDelays({ retryDelays = {} }: ClientOptions) {
  return Object.fromEntries(Object.entries(retryDelays).filter(([, value]) => value !== undefined));
}
