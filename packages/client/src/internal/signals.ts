import { AbortError } from '../errors/index.js';

function abortError(signal: AbortSignal): AbortError {
  return new AbortError('the request was aborted', { cause: signal.reason });
}

/** Settles like `promise`, or rejects with an AbortError as soon as `signal` fires. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal));

  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms` milliseconds; an abort ends the wait early with an AbortError. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  // abortable() removes its own listener when the wait ends, so a long-lived signal used for
  // many waits does not collect listeners.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return abortable(wait, signal).finally(() => clearTimeout(timer));
}

export type Sleep = typeof sleep;

/** A signal combined from others, and the function that detaches it from them. */
export interface CombinedSignal {
  signal: AbortSignal | undefined;
  dispose(): void;
}

/**
 * A signal that fires when any of `signals` does. Written out rather than AbortSignal.any,
 * which some runtimes this package supports do not have. Call `dispose` when done, so a
 * long-lived signal does not keep a listener per call.
 */
export function anySignal(signals: (AbortSignal | undefined)[]): CombinedSignal {
  const given = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  if (given.length <= 1) return { signal: given[0], dispose: () => {} };

  const controller = new AbortController();
  const onAbort = (event: Event) => {
    controller.abort((event.target as AbortSignal).reason);
    dispose();
  };
  const dispose = () => {
    for (const signal of given) signal.removeEventListener('abort', onAbort);
  };

  const fired = given.find((signal) => signal.aborted);
  if (fired) controller.abort(fired.reason);
  else for (const signal of given) signal.addEventListener('abort', onAbort);
  return { signal: controller.signal, dispose };
}
