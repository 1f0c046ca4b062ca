const placeholder = '[redacted]';

// Shapes a credential takes in text, whether or not its value is known in advance.
const patterns: [RegExp, string][] = [
  [/\b(Bearer)\s+[^\s"',;]+/gi, `$1 ${placeholder}`],
  [/\b(client_secret|access_token)=[^&\s"']+/gi, `$1=${placeholder}`],
  [/("(?:client_secret|access_token|authorization)"\s*:\s*)"[^"]*"/gi, `$1"${placeholder}"`],
];

/**
 * Removes secrets from text before it reaches an error, a log line or an output stream: the
 * values registered with `add` (client secret, access tokens) and anything shaped like one.
 * The client uses one internally; it is exported for code that prints on its behalf.
 *
 * @example
 * const redactor = new Redactor();
 * redactor.add(process.env.EP_CLIENT_SECRET);
 * log(redactor.redact(message));
 */
export class Redactor {
  readonly #secrets = new Set<string>();

  /** Registers a value to hide wherever it appears. Values under six characters are ignored. */
  add(secret: string | undefined): void {
    // Very short values would redact ordinary words; no real secret is that short.
    if (secret && secret.length >= 6) this.#secrets.add(secret);
  }

  /** `text` with every registered secret, and anything shaped like a credential, replaced. */
  redact(text: string): string {
    let result = text;
    for (const secret of this.#secrets) result = result.split(secret).join(placeholder);
    for (const [pattern, replacement] of patterns) result = result.replace(pattern, replacement);
    return result;
  }
}

const sensitiveKey = /authorization|token|secret|password/i;

/**
 * A copy of a parsed JSON value with secrets removed from every string in it, and the whole
 * value of any key that names a credential. For error details such as `meta` and `source`.
 */
export function redactValue(value: unknown, redactor: Redactor): unknown {
  if (typeof value === 'string') return redactor.redact(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redactor));
  if (typeof value !== 'object' || value === null) return value;

  const entries = Object.entries(value).map(([key, item]) => [
    key,
    sensitiveKey.test(key) ? placeholder : redactValue(item, redactor),
  ]);
  return Object.fromEntries(entries);
}

/**
 * The same error when it holds no secret; otherwise a copy (name, code, cause chain kept) with
 * secrets removed from its message and stack. Errors are printed with their causes, so a
 * cause must be as clean as the error that carries it.
 */
export function redactError(error: unknown, redactor: Redactor): unknown {
  if (typeof error === 'string') return redactor.redact(error);
  if (!(error instanceof Error)) return error;

  const message = redactor.redact(error.message);
  const cause = error.cause === undefined ? undefined : redactError(error.cause, redactor);
  if (message === error.message && cause === error.cause) return error;

  const copy = new Error(message, cause === undefined ? undefined : { cause });
  copy.name = error.name;
  if (error.stack) copy.stack = redactor.redact(error.stack);
  const { code } = error as { code?: unknown };
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
