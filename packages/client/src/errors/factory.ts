import { type Redactor, redactValue } from '../redact.js';
import {
  ApiError,
  type ApiErrorItem,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from './classes.js';

/** Which class each HTTP status becomes; any other 5xx is a ServerError, the rest ApiError. */
const classByStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

export interface HttpFailure {
  status: number;
  statusText?: string;
  /** The answer's body, parsed as JSON when it was JSON, otherwise its text. */
  body: unknown;
  headers: Headers;
  method: string;
  url: string;
  retryAfterMs?: number;
}

type Loose = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

function toItem(raw: Loose, fallbackStatus: number, redactor: Redactor): ApiErrorItem {
  const status = Number(raw.status);
  const item: ApiErrorItem = {
    status: Number.isInteger(status) && status > 0 ? status : fallbackStatus,
    title: redactor.redact(text(raw.title) ?? 'Error'),
  };
  const detail = text(raw.detail);
  if (detail) item.detail = redactor.redact(detail);
  // Services echo requests back in these; they get the same cleaning as the message.
  if (raw.source !== undefined) item.source = redactValue(raw.source, redactor);
  if (raw.meta && typeof raw.meta === 'object')
    item.meta = redactValue(raw.meta, redactor) as Loose;
  const requestId = text(raw.request_id);
  if (requestId) item.requestId = requestId;
  return item;
}

function parseItems(body: unknown, status: number, redactor: Redactor): ApiErrorItem[] {
  const errors = (body as Loose | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((raw): raw is Loose => typeof raw === 'object' && raw !== null)
    .map((raw) => toItem(raw, status, redactor));
}

function describe(failure: HttpFailure, items: ApiErrorItem[], redactor: Redactor): string {
  const parts = items.map((item) => (item.detail ? `${item.title}: ${item.detail}` : item.title));
  const body = failure.body as Loose | string | undefined;
  if (parts.length === 0 && typeof body === 'object' && body !== null && text(body.title)) {
    // An RFC 7807 problem document, as proxies and the contract mock send.
    const detail = text(body.detail);
    parts.push(redactor.redact(detail ? `${body.title}: ${detail}` : String(body.title)));
  }
  if (parts.length === 0 && typeof body === 'string' && body.trim()) {
    parts.push(redactor.redact(body.trim().slice(0, 200)));
  }
  const summary = parts.length > 0 ? parts.join('; ') : failure.statusText || 'no details';
  const path = redactor.redact(new URL(failure.url).pathname);
  return `${failure.status} ${summary} (${failure.method} ${path})`;
}

/** Turns an HTTP error answer into the matching ApiError subclass, with secrets removed. */
export function createApiError(failure: HttpFailure, redactor: Redactor): ApiError {
  const items = parseItems(failure.body, failure.status, redactor);
  const requestId =
    failure.headers.get('x-request-id') ??
    failure.headers.get('request-id') ??
    items.find((item) => item.requestId)?.requestId;

  const ErrorClass =
    classByStatus[failure.status] ?? (failure.status >= 500 ? ServerError : ApiError);
  const error = new ErrorClass({
    status: failure.status,
    items,
    requestId: requestId ?? undefined,
    method: failure.method,
    url: redactor.redact(failure.url),
    message: describe(failure, items, redactor),
  });
  if (error instanceof RateLimitError) error.retryAfterMs = failure.retryAfterMs;
  return error;
}
