import {
  type AbortError,
  type ApiError,
  type AuthenticationError,
  brand,
  type ConnectionError,
  type InventoriesError,
  type NotFoundError,
  type RateLimitError,
  type TimeoutError,
  type ValidationError,
} from './classes.js';

// Guards compare names, not prototypes, so they hold across the ESM and CJS builds and across
// duplicated installs, where `instanceof` silently fails.
const apiErrorNames = new Set([
  'ApiError',
  'BadRequestError',
  'AuthenticationError',
  'PermissionDeniedError',
  'NotFoundError',
  'ConflictError',
  'UnprocessableEntityError',
  'RateLimitError',
  'ServerError',
]);

/** True for any error thrown by this SDK. */
export function isInventoriesError(value: unknown): value is InventoriesError {
  return value instanceof Error && (value as unknown as Record<symbol, unknown>)[brand] === true;
}

const named =
  <T extends InventoriesError>(name: string) =>
  (value: unknown): value is T =>
    isInventoriesError(value) && value.name === name;

/** True when the service answered with an HTTP error; pass `status` to check which. */
export function isApiError(value: unknown, status?: number): value is ApiError {
  if (!isInventoriesError(value) || !apiErrorNames.has(value.name)) return false;
  return status === undefined || (value as ApiError).status === status;
}

export const isAuthenticationError = named<AuthenticationError>('AuthenticationError');
export const isNotFoundError = named<NotFoundError>('NotFoundError');
export const isRateLimitError = named<RateLimitError>('RateLimitError');
export const isConnectionError = named<ConnectionError>('ConnectionError');
export const isTimeoutError = named<TimeoutError>('TimeoutError');
export const isAbortError = named<AbortError>('AbortError');
export const isValidationError = named<ValidationError>('ValidationError');
