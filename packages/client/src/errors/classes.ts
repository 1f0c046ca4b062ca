import { causeCode } from '../internal/cause-code.js';

/**
 * Holds the kinds of an error, most specific first, e.g. `['NotFoundError', 'ApiError',
 * 'InventoriesError']`. A registered symbol and plain strings survive duplicate installs,
 * the ESM/CJS split and minification, where `instanceof` and class names do not.
 */
export const brand = Symbol.for('@ep-inventories/client/error');

/** The root of every error this SDK throws. */
export class InventoriesError extends Error {
  /** The name every instance of this class gets; subclasses set their own. */
  static readonly kind: string = 'InventoriesError';
  readonly [brand]: readonly string[];

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    const kinds: string[] = [];
    let type: object | null = new.target;
    for (; type && type !== Error; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, 'kind')) kinds.push((type as typeof InventoriesError).kind);
    }
    this.name = kinds[0] ?? 'InventoriesError';
    this[brand] = kinds;
  }

  /** The fields that are safe to serialise; secrets never reach them. */
  toJSON(): Record<string, unknown> {
    const cause = this.cause instanceof Error ? { name: this.cause.name } : undefined;
    return { name: this.name, message: this.message, ...(cause ? { cause } : {}) };
  }
}

/** One item of a JSON:API error answer, with `status` always a number. */
export interface ApiErrorItem {
  status: number;
  title: string;
  detail?: string;
  source?: unknown;
  meta?: Record<string, unknown>;
  requestId?: string;
}

export interface ApiErrorInit {
  status: number;
  items: ApiErrorItem[];
  requestId: string | undefined;
  method: string;
  url: string;
  message: string;
}

/** The service answered with an HTTP error status. */
export class ApiError extends InventoriesError {
  static override readonly kind: string = 'ApiError';
  readonly status: number;
  /** The parsed `errors` of the answer; empty when the body was not JSON:API. */
  readonly errors: ApiErrorItem[];
  /** The service's id for the request, when it sent one: quote it to support. */
  readonly requestId: string | undefined;
  readonly method: string;
  readonly url: string;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.errors = init.items;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
  }

  override toJSON(): Record<string, unknown> {
    const { status, errors, requestId, method, url } = this;
    return { ...super.toJSON(), status, errors, requestId, method, url };
  }
}

/** 400: the request broke a rule of the service. */
export class BadRequestError extends ApiError {
  static override readonly kind: string = 'BadRequestError';
}
/** 401: the token is missing, expired or invalid, even after one refresh. */
export class AuthenticationError extends ApiError {
  static override readonly kind: string = 'AuthenticationError';
}
/** 403: the token may not do this (an implicit token writing, for example). */
export class PermissionDeniedError extends ApiError {
  static override readonly kind: string = 'PermissionDeniedError';
}
/** 404: nothing exists at this id. */
export class NotFoundError extends ApiError {
  static override readonly kind: string = 'NotFoundError';
}
/** 409: a concurrent write won; read again and retry. */
export class ConflictError extends ApiError {
  static override readonly kind: string = 'ConflictError';
}
/** 422: the request is well-formed but cannot be applied (e.g. insufficient stock). */
export class UnprocessableEntityError extends ApiError {
  static override readonly kind: string = 'UnprocessableEntityError';
}
/** 429: the rate limit is used up and the retries (if any) did not get through. */
export class RateLimitError extends ApiError {
  static override readonly kind: string = 'RateLimitError';
  /** How long the service asked to wait, when it sent `Retry-After`. */
  retryAfterMs: number | undefined;
}
/** 5xx: the service failed. */
export class ServerError extends ApiError {
  static override readonly kind: string = 'ServerError';
}

// Codes that mean no connection was made, so the request cannot have reached a server.
const notSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** No HTTP answer arrived: DNS, refused or reset connection, TLS failure. */
export class ConnectionError extends InventoriesError {
  static override readonly kind: string = 'ConnectionError';
  /** The system error code behind the failure, such as `ECONNRESET`, when there is one. */
  readonly code: string | undefined;
  /**
   * True when the request certainly never reached a server (refused, not resolved): even a
   * request that is not idempotent may then be sent again.
   */
  readonly requestNotSent: boolean;

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    this.code = causeCode(options?.cause);
    this.requestNotSent = notSentCodes.has(this.code ?? '');
  }
}

/** The request took longer than its timeout. */
export class TimeoutError extends InventoriesError {
  static override readonly kind: string = 'TimeoutError';
  constructor(
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(`request timed out after ${timeoutMs} ms`, options);
  }
}

/** The caller's AbortSignal fired. */
export class AbortError extends InventoriesError {
  static override readonly kind: string = 'AbortError';
}

/** The client's options are unusable; the message says which one and why. */
export class ConfigurationError extends InventoriesError {
  static override readonly kind: string = 'ConfigurationError';
}

/** Where a piece of input is wrong and why. */
export interface ValidationIssue {
  /** The reason, in words, e.g. `must be a non-negative integer`. */
  reason: string;
  /** The field at fault, as a path such as `data.attributes.locations.cork.total`. */
  field?: string;
  /** The file the input came from, when there is one. */
  file?: string;
  /** 1-based line of the file. */
  line?: number;
  /** 1-based CSV record (header excluded), when the input was CSV. */
  row?: number;
}

/** Format an issue as `file:line: field: reason`, leaving out what is unknown. */
export function formatIssue(issue: ValidationIssue): string {
  const where = [issue.file, issue.line].filter((part) => part !== undefined).join(':');
  const row = issue.row === undefined ? '' : ` (row ${issue.row})`;
  const field = issue.field ? `${issue.field}: ` : '';
  return `${where ? `${where}${row}: ` : ''}${field}${issue.reason}`;
}

/** Input was refused before anything was sent. */
export class ValidationError extends InventoriesError {
  static override readonly kind: string = 'ValidationError';
  constructor(
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    const listed = issues.slice(0, 5).map((issue) => `\n  ${formatIssue(issue)}`);
    const more = issues.length > 5 ? `\n  ...and ${issues.length - 5} more` : '';
    super(`${message}${listed.join('')}${more}`);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** A list is longer than the service lets a client page through (offset 10,000). */
export class PaginationLimitError extends InventoriesError {
  static override readonly kind: string = 'PaginationLimitError';
}
