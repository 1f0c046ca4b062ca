/** Extra facts about a log event; never holds secrets. */
export type LogFields = Record<string, unknown>;

/**
 * Where the client reports what it does. Any object with these methods works, `console`
 * included; each method is optional.
 */
export interface Logger {
  debug?(message: string, fields?: LogFields): void;
  info?(message: string, fields?: LogFields): void;
  warn?(message: string, fields?: LogFields): void;
  error?(message: string, fields?: LogFields): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/** A logger that drops events below `level`; no logger at all stays silent. */
export function filterLogger(logger: Logger | undefined, level: LogLevel): Required<Logger> {
  const emit =
    (at: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields?: LogFields): void => {
      const method = logger?.[at];
      if (!method || rank[at] < rank[level]) return;
      if (fields === undefined) method.call(logger, message);
      else method.call(logger, message, fields);
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
