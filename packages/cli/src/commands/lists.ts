/**
 * The first `limit` items of a list (`limit` is at least 1: the option parser sees to it);
 * pages after the one that completes them are never fetched.
 */
export async function take<T>(items: AsyncIterable<T>, limit: number): Promise<T[]> {
  const taken: T[] = [];
  for await (const item of items) {
    taken.push(item);
    if (taken.length >= limit) break;
  }
  return taken;
}

export interface ListFlags {
  limit?: number;
  json?: boolean;
}
