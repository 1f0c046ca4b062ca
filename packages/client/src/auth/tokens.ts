import { abortable } from '../internal/signals.js';

/** Supplies the bearer token of each request. */
export interface TokenSource {
  get(signal?: AbortSignal): Promise<string>;
  /**
   * Called after the service refused `token` with 401. Returns whether asking again may give
   * a different token, which makes one replay of the request worthwhile.
   */
  invalidate(token: string): boolean;
}

/** A token from the token endpoint: its value and how many seconds it lives. */
export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

export interface CachedTokenOptions {
  /** @default Date.now */
  now?: () => number;
  /** Refresh this long before expiry, so no request leaves with a dying token. @default 60000 */
  refreshMarginMs?: number;
  /** Told about every new token, e.g. to register it for redaction. */
  onToken?: (token: IssuedToken) => void;
}

/**
 * Caches a token obtained with client credentials, refreshes it shortly before it expires,
 * and makes exactly one token request however many callers need a token at once.
 */
export class CachedTokenSource implements TokenSource {
  #current: { value: string; refreshAt: number } | undefined;
  #pending: Promise<string> | undefined;
  readonly #now: () => number;
  readonly #marginMs: number;

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly options: CachedTokenOptions = {},
  ) {
    this.#now = options.now ?? Date.now;
    this.#marginMs = options.refreshMarginMs ?? 60_000;
  }

  get(signal?: AbortSignal): Promise<string> {
    const current = this.#current;
    if (current && this.#now() < current.refreshAt) return Promise.resolve(current.value);

    // The shared request ignores each caller's signal: one caller giving up must not fail
    // the others. Each caller stops waiting on its own signal instead.
    this.#pending ??= this.#refresh();
    return abortable(this.#pending, signal);
  }

  invalidate(token: string): boolean {
    if (this.#current?.value === token) this.#current = undefined;
    return true;
  }

  async #refresh(): Promise<string> {
    try {
      const token = await this.issue();
      const lifetimeMs = token.expiresIn * 1000;
      // Short-lived tokens are refreshed at half their life rather than never cached.
      const marginMs = Math.min(this.#marginMs, lifetimeMs / 2);
      this.#current = { value: token.accessToken, refreshAt: this.#now() + lifetimeMs - marginMs };
      this.options.onToken?.(token);
      return token.accessToken;
    } finally {
      this.#pending = undefined;
    }
  }
}

/** A token given as a string: used as is, never refreshed. */
export class StaticTokenSource implements TokenSource {
  constructor(private readonly token: string) {}

  get(): Promise<string> {
    return Promise.resolve(this.token);
  }

  invalidate(): boolean {
    return false;
  }
}

/** A token obtained from the caller's function before every request. */
export class CallbackTokenSource implements TokenSource {
  constructor(
    private readonly provide: () => string | Promise<string>,
    private readonly onToken: (token: string) => void = () => {},
  ) {}

  async get(signal?: AbortSignal): Promise<string> {
    const token = await abortable(Promise.resolve(this.provide()), signal);
    this.onToken(token);
    return token;
  }

  invalidate(): boolean {
    return true;
  }
}
