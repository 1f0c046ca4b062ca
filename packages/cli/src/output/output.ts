import type { Writable } from 'node:stream';
import { Redactor } from '@ep-inventories/client';
import { createColors } from 'picocolors';

export type Colors = ReturnType<typeof createColors>;

export interface Streams {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/**
 * The one place the CLI writes from. Data goes to stdout (as JSON with `--json`), progress
 * and diagnostics to stderr; every write passes through the secret filter first.
 */
export class Output {
  readonly secrets = new Redactor();
  /** Colours for stdout and stderr; off when the stream is not a terminal or NO_COLOR is set. */
  readonly colors: Colors;
  readonly errorColors: Colors;

  constructor(readonly streams: Streams) {
    const allowed = streams.env.NO_COLOR === undefined || streams.env.NO_COLOR === '';
    this.colors = createColors(allowed && streams.stdout.isTTY === true);
    this.errorColors = createColors(allowed && streams.stderr.isTTY === true);
  }

  /**
   * Whether stderr can show a live display: a terminal that reports its width. A terminal
   * of zero columns (an unsized pseudo-terminal) would make a spinner redraw without end.
   */
  get stderrIsLive(): boolean {
    const stderr = this.streams.stderr as { isTTY?: boolean; columns?: number };
    return stderr.isTTY === true && (stderr.columns ?? 0) > 0;
  }

  /** A line of human-readable data. */
  line(text = ''): void {
    this.streams.stdout.write(`${this.secrets.redact(text)}\n`);
  }

  /** Machine-readable data: one JSON document. */
  json(value: unknown): void {
    this.streams.stdout.write(`${this.secrets.redact(JSON.stringify(value, null, 2))}\n`);
  }

  /** A diagnostic line on stderr. */
  note(text: string): void {
    this.streams.stderr.write(`${this.secrets.redact(text)}\n`);
  }

  error(text: string): void {
    this.note(this.errorColors.red(`error: ${text}`));
  }

  /** Raw text for stderr, for progress displays that manage their own lines. */
  writeStderr(text: string): void {
    this.streams.stderr.write(this.secrets.redact(text));
  }
}
