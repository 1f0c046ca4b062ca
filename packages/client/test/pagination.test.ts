import { describe, expect, test } from 'vitest';
import {
  InventoriesError,
  PageIterator,
  PaginationLimitError,
  ValidationError,
} from '../src/index.js';
import type { ListBody } from '../src/pagination.js';

/** `total` numbered items by offset and limit, with `links.next` as the service writes it. */
function numbers(total: number, options: { links?: boolean; absolute?: boolean } = {}) {
  const calls: { offset: number; limit: number }[] = [];
  const load = async (offset: number, limit: number): Promise<ListBody<number>> => {
    calls.push({ offset, limit });
    const data = Array.from(
      { length: Math.max(0, Math.min(limit, total - offset)) },
      (_, i) => offset + i,
    );
    if (options.links === false) return { data };
    const after = offset + limit;
    const host = options.absolute ? 'https://useast.api.elasticpath.com' : '';
    const next =
      after < total ? `${host}/v2/inventories?page[offset]=${after}&page[limit]=${limit}` : null;
    return { data, links: { next } };
  };
  return { load, calls };
}

describe('PageIterator', () => {
  test.each([
    { title: 'several full pages and a short one', total: 250, limit: 100, wantCalls: 3 },
    { title: 'an exact multiple of the limit', total: 200, limit: 100, wantCalls: 2 },
    { title: 'an empty list', total: 0, limit: 100, wantCalls: 1 },
    { title: 'one short page', total: 7, limit: 25, wantCalls: 1 },
  ])('$title: every item once, stopping at the last page', async ({ total, limit, wantCalls }) => {
    const { load, calls } = numbers(total);
    const items = await new PageIterator(load, { limit }).toArray();

    expect(items).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(calls).toHaveLength(wantCalls);
  });

  test('follows absolute next links by their offset', async () => {
    const { load, calls } = numbers(5, { absolute: true });
    await new PageIterator(load, { limit: 2 }).toArray();
    expect(calls.map((c) => c.offset)).toEqual([0, 2, 4]);
  });

  test('without links, a short page is the last one', async () => {
    const { load, calls } = numbers(5, { links: false });
    expect(await new PageIterator(load, { limit: 2 }).toArray()).toEqual([0, 1, 2, 3, 4]);
    expect(calls).toHaveLength(3);
  });

  test('pages() yields whole pages with their offsets', async () => {
    const { load } = numbers(5);
    const pages = [];
    for await (const page of new PageIterator(load, { limit: 2, offset: 1 }).pages()) {
      pages.push({ offset: page.offset, items: page.items });
    }
    expect(pages).toEqual([
      { offset: 1, items: [1, 2] },
      { offset: 3, items: [3, 4] },
    ]);
  });

  test('stopping early fetches no further pages', async () => {
    const { load, calls } = numbers(1000);
    for await (const item of new PageIterator(load, { limit: 10 })) {
      if (item === 14) break;
    }
    expect(calls).toHaveLength(2);
  });

  test('past offset 10,000 it throws a PaginationLimitError after the readable items', async () => {
    const { load } = numbers(20_000);
    const seen: number[] = [];
    const iterate = async () => {
      for await (const item of new PageIterator(load, { limit: 100 })) seen.push(item);
    };

    await expect(iterate()).rejects.toBeInstanceOf(PaginationLimitError);
    // Offset 10,000 itself is allowed, so the last page read starts there.
    expect(seen).toHaveLength(10_100);
  });

  test('a next link that does not advance is an error, not an endless loop', async () => {
    const load = async () => ({ data: [1], links: { next: '/v2/inventories?page[offset]=0' } });
    await expect(new PageIterator(load).toArray()).rejects.toThrow(InventoriesError);
  });

  test.each([
    { options: { limit: 0 }, field: 'limit' },
    { options: { limit: 101 }, field: 'limit' },
    { options: { limit: 2.5 }, field: 'limit' },
    { options: { offset: -1 }, field: 'offset' },
    { options: { offset: 10_001 }, field: 'offset' },
  ])('refuses $options', ({ options, field }) => {
    const build = () => new PageIterator(numbers(1).load, options);
    expect(build).toThrow(ValidationError);
    try {
      build();
    } catch (error) {
      expect((error as ValidationError).issues[0]?.field).toBe(field);
    }
  });
});
