import type { Links, ListMeta } from '@ep-inventories/types';
import { limits } from '@ep-inventories/types';
import { InventoriesError, PaginationLimitError, ValidationError } from './errors/index.js';

/** One page of a list, as the service sent it. */
export interface Page<T> {
  items: T[];
  offset: number;
  limit: number;
  links: Links | undefined;
  meta: ListMeta | undefined;
}

/** A list answer: the items plus whatever paging information came with them. */
export interface ListBody<T> {
  data: T[];
  links?: Links;
  meta?: ListMeta;
}

/** Paging of a list call. */
export interface PageOptions {
  /** Items per request, 1 to 100. @default 100 */
  limit?: number;
  /** Items to skip before the first page. @default 0 */
  offset?: number;
}

export type LoadPage<T> = (offset: number, limit: number) => Promise<ListBody<T>>;

function readOffset(next: string): number | undefined {
  const url = new URL(next, 'http://relative.invalid');
  const offset = Number(url.searchParams.get('page[offset]'));
  return Number.isInteger(offset) && url.searchParams.has('page[offset]') ? offset : undefined;
}

/** Where the page after this one starts, or undefined when this is the last page. */
function nextOffset<T>(body: ListBody<T>, offset: number, limit: number): number | undefined {
  if (body.data.length === 0) return undefined;
  const next = body.links?.next;
  if (body.links && !next) return undefined;
  if (!body.links) return body.data.length < limit ? undefined : offset + body.data.length;
  return readOffset(next as string) ?? offset + body.data.length;
}

function checkPageOptions(options: PageOptions): { offset: number; limit: number } {
  const { offset = 0, limit = limits.pageMaxLimit } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > limits.pageMaxLimit) {
    const reason = `must be a whole number from 1 to ${limits.pageMaxLimit}`;
    throw new ValidationError('invalid page limit', [{ field: 'limit', reason }]);
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > limits.pageMaxOffset) {
    const reason = `must be a whole number from 0 to ${limits.pageMaxOffset}`;
    throw new ValidationError('invalid page offset', [{ field: 'offset', reason }]);
  }
  return { offset, limit };
}

/**
 * Every item of a list, fetched page by page as you iterate. Use `for await` over it for
 * items, or over `pages()` for whole pages.
 *
 * Note: the service refuses offsets past 10,000. Iterating further throws a
 * PaginationLimitError after the items that could be read; narrow the list with a filter.
 */
export class PageIterator<T> implements AsyncIterable<T> {
  readonly #load: LoadPage<T>;
  readonly #start: { offset: number; limit: number };

  constructor(load: LoadPage<T>, options: PageOptions = {}) {
    this.#load = load;
    this.#start = checkPageOptions(options);
  }

  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let { offset } = this.#start;
    const { limit } = this.#start;

    for (;;) {
      const body = await this.#load(offset, limit);
      yield { items: body.data, offset, limit, links: body.links, meta: body.meta };

      const next = nextOffset(body, offset, limit);
      if (next === undefined) return;
      if (next <= offset) {
        throw new InventoriesError(
          `the next page (offset ${next}) does not advance past ${offset}`,
        );
      }
      if (next > limits.pageMaxOffset) {
        throw new PaginationLimitError(
          `the list continues past offset ${limits.pageMaxOffset}, the furthest the service ` +
            'pages; narrow it with a filter',
        );
      }
      offset = next;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Reads every page and returns all items. */
  async toArray(): Promise<T[]> {
    const items: T[] = [];
    for await (const item of this) items.push(item);
    return items;
  }
}
