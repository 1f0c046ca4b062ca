/** A fetch function: `globalThis.fetch` is one. */
export type FetchFunction = (request: Request) => Promise<Response>;

const importPath = /\/v2\/inventories\/imports\/([^/]+)$/;

/**
 * Wraps fetch so that reading the same import repeatedly walks through the document's
 * examples, `pending`, then `started`, then `success` (or the statuses given), as a real
 * import would. Prism keeps no state and would otherwise answer `pending` for ever.
 *
 * @example
 * const fetch = importLifecycle();
 * const client = createInventoriesClient({ baseUrl: mock.url, credentials, fetch });
 */
export function importLifecycle(
  statuses: readonly string[] = ['pending', 'started', 'success'],
  fetch: FetchFunction = (request) => globalThis.fetch(request),
): FetchFunction {
  const reads = new Map<string, number>();

  return (request) => {
    const id = new URL(request.url).pathname.match(importPath)?.[1];
    if (request.method !== 'GET' || id === undefined) return fetch(request);

    const read = reads.get(id) ?? 0;
    reads.set(id, read + 1);
    const status = statuses[Math.min(read, statuses.length - 1)] as string;
    const withExample = new Request(request);
    withExample.headers.set('Prefer', `example=${status}`);
    return fetch(withExample);
  };
}
