import { isApiError, isAuthenticationError, isValidationError } from '@ep-inventories/client';

/** What the process's exit status means. Documented in the README; scripts rely on it. */
export const exitCodes = {
  ok: 0,
  /** Invalid data, a failed import, or lines the service did not apply. */
  invalid: 1,
  /** A wrong command, option or configuration. */
  usage: 2,
  /** The service or the network failed. */
  service: 3,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A mistake in how the command was called or configured. */
export class UsageError extends Error {
  override name = 'UsageError';
}

// Errors reading a local file: a wrong path or permission, which the user fixes.
const fileErrors = new Set(['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EPERM']);

/** The exit status an error ends the process with. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError) return exitCodes.usage;
  if (fileErrors.has(String((error as { code?: unknown } | null)?.code))) return exitCodes.usage;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'ConfigurationError' || name === 'CommanderError') return exitCodes.usage;
  // A refused client id or secret is a configuration problem, not an outage.
  if (isAuthenticationError(error) || isApiError(error, 403)) return exitCodes.usage;
  if (isValidationError(error)) return exitCodes.invalid;
  return exitCodes.service;
}
