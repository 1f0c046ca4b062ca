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

/** True for any error thrown by this SDK, from whichever copy of the package. */
export function isInventoriesError(value: unknown): value is InventoriesError {
  return value instanceof Error && Array.isArray((value as Partial<InventoriesError>)[brand]);
}

// Guards read the kinds an error carries rather than its prototype, so they hold across the
// ESM and CJS builds and duplicated installs, and match subclasses too.
const ofKind =
  <T extends InventoriesError>(kind: string) =>
  (value: unknown): value is T =>
    isInventoriesError(value) && value[brand].includes(kind);

const isAnyApiError = ofKind<ApiError>('ApiError');

/** True when the service answered with an HTTP error; pass `status` to check which. */
export function isApiError(value: unknown, status?: number): value is ApiError {
  return isAnyApiError(value) && (status === undefined || value.status === status);
}

export const isAuthenticationError = ofKind<AuthenticationError>('AuthenticationError');
export const isNotFoundError = ofKind<NotFoundError>('NotFoundError');
export const isRateLimitError = ofKind<RateLimitError>('RateLimitError');
export const isConnectionError = ofKind<ConnectionError>('ConnectionError');
export const isTimeoutError = ofKind<TimeoutError>('TimeoutError');
export const isAbortError = ofKind<AbortError>('AbortError');
export const isValidationError = ofKind<ValidationError>('ValidationError');
