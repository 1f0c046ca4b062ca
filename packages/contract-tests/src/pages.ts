import type { Page, PageIterator } from '@ep-inventories/client';
import { assert } from 'vitest';

/** Reads only the first page of a list: a live store's lists can be long. */
export async function firstPage<T>(list: PageIterator<T>): Promise<Page<T>> {
  const { value } = await list.pages().next();
  assert(value, 'the list yielded no page');
  return value;
}
