import { ConfigurationError } from './errors/index.js';
import type { Logger, LogLevel } from './internal/logger.js';

export type Region = 'euwest' | 'useast';

/** A fetch function; `globalThis.fetch` is one. Tests and proxies inject their own. */
export type FetchLike = (request: Request) => Promise<Response>;

/** A client id and secret, exchanged for tokens (`client_credentials`) that are cached. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/**
 * A token you obtained yourself: a string used as given, or a function asked before every
 * request (and once more after a 401) that does its own caching.
 */
export interface AccessTokenCredentials {
  accessToken: string | (() => string | Promise<string>);
}

export type Credentials = ClientCredentials | AccessTokenCredentials;

/** Fine-tuning of the wait between retries. */
export interface RetryDelays {
  /** Upper bound of the first wait; each retry doubles it. @default 500 */
  initialMs?: number;
  /** No wait is longer than this. @default 8000 */
  maxMs?: number;
  /** A `Retry-After` longer than this is not waited for: the error is thrown. @default 60000 */
  maxRetryAfterMs?: number;
}

interface CommonOptions {
  credentials: Credentials;
  /** @default globalThis.fetch */
  fetch?: FetchLike;
  /** Milliseconds each attempt may take, reading the answer included. @default 30000 */
  timeout?: number;
  /** Retries after a retryable failure; 0 disables retrying. @default 2 */
  maxRetries?: number;
  retryDelays?: RetryDelays;
  /** Receives request, retry and token events. Silent when left out. */
  logger?: Logger;
  /** @default 'info' */
  logLevel?: LogLevel;
  /**
   * Sent as `User-Agent` outside browsers (browsers do not let scripts set it).
   * @default '@ep-inventories/client/<version>'
   */
  userAgent?: string;
}

/** Where the API is: a region, or an origin such as the local mock's URL. */
export type ClientOptions = CommonOptions &
  (
    | { region: Region; baseUrl?: never }
    | {
        baseUrl: string;
        region?: never;
        /** Allow a plain-http origin that is not loopback. @default false */
        allowInsecureHttp?: boolean;
      }
  );

const regions: Record<Region, string> = {
  euwest: 'https://euwest.api.elasticpath.com',
  useast: 'https://useast.api.elasticpath.com',
};

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/**
 * The origin (plus any proxy path prefix) that operation paths, which start with `/v2`, are
 * appended to. A trailing `/v2` is dropped, so the documented base URL works as given.
 */
export function resolveBaseUrl(options: {
  region?: string;
  baseUrl?: string;
  allowInsecureHttp?: boolean;
}): string {
  if (options.region !== undefined && options.baseUrl !== undefined) {
    throw new ConfigurationError('pass either region or baseUrl, not both');
  }
  if (options.region !== undefined) {
    if (!Object.hasOwn(regions, options.region)) {
      throw new ConfigurationError(`unknown region "${options.region}"`);
    }
    return regions[options.region as Region];
  }
  if (options.baseUrl === undefined) {
    throw new ConfigurationError('pass region ("euwest" or "useast") or baseUrl');
  }

  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new ConfigurationError(`baseUrl "${options.baseUrl}" is not an absolute URL`);
  }
  checkProtocol(url, options.allowInsecureHttp === true);
  if (url.search || url.hash) {
    throw new ConfigurationError('baseUrl must not carry a query or a fragment');
  }

  const path = url.pathname.replace(/\/+$/, '').replace(/\/v2$/, '');
  return `${url.origin}${path}`;
}

function checkProtocol(url: URL, allowInsecureHttp: boolean): void {
  if (url.protocol === 'https:') return;
  if (url.protocol !== 'http:') {
    throw new ConfigurationError(`baseUrl must be http or https, not ${url.protocol}`);
  }
  if (!isLoopback(url.hostname) && !allowInsecureHttp) {
    throw new ConfigurationError(
      `baseUrl ${url.origin} is plain http: tokens would travel unencrypted. ` +
        'Use https, or set allowInsecureHttp: true if you really mean it.',
    );
  }
}

/** Checks credentials have the fields they need; never echoes their values. */
export function checkCredentials(credentials: Credentials | undefined): void {
  if (!credentials || typeof credentials !== 'object') {
    throw new ConfigurationError(
      'credentials are required: { clientId, clientSecret } or { accessToken }',
    );
  }
  if ('accessToken' in credentials) {
    const { accessToken } = credentials;
    if (typeof accessToken === 'function' || (typeof accessToken === 'string' && accessToken))
      return;
    throw new ConfigurationError(
      'credentials.accessToken must be a non-empty string or a function',
    );
  }
  for (const field of ['clientId', 'clientSecret'] as const) {
    const value: unknown = credentials[field];
    if (typeof value !== 'string' || value.length === 0) {
      throw new ConfigurationError(`credentials.${field} is missing or empty`);
    }
  }
}

/** Checks a non-negative whole number option. */
export function checkCount(name: string, value: number | undefined): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`${name} must be a whole number of zero or more, not ${value}`);
  }
}
