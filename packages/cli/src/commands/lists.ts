/** The first `limit` items of a list; only the pages they need are fetched. */
export async function take<T>(items: AsyncIterable<T>, limit: number): Promise<T[]> {
  const taken: T[] = [];
  if (limit <= 0) return taken;
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
