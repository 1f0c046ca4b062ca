import { describe, expect, test } from 'vitest';
import { MemoryChunkStore } from '../../src/index.js';
import { Chunker } from '../../src/prepare/chunker.js';
import { SourcePositions } from '../../src/prepare/positions.js';
import { productId } from '../support/fake-service.js';

const record = (i: number) => ({ productId: productId(i), locations: { cork: i } });

describe('Chunker', () => {
  test.each([
    { products: 120, size: 50, want: [50, 50, 20] },
    { products: 100, size: 50, want: [50, 50] },
    { products: 1, size: 50_000, want: [1] },
    { products: 0, size: 50, want: [] },
  ])('$products products in chunks of $size → $want', async ({ products, size, want }) => {
    const chunker = new Chunker(new MemoryChunkStore(), size);
    for (let i = 0; i < products; i++) await chunker.add(record(i), { line: i + 1 });
    const chunks = await chunker.finish();

    expect(chunks.map((chunk) => chunk.products)).toEqual(want);
    expect(chunks.map((chunk) => chunk.index)).toEqual(want.map((_, i) => i + 1));
  });

  test('writes one canonical line per product', async () => {
    const chunker = new Chunker(new MemoryChunkStore(), 10);
    await chunker.add(record(1), { line: 7 });
    const [chunk] = await chunker.finish();

    expect(await chunk?.file.text()).toBe(
      `{"data":{"type":"stock","id":"${productId(1)}",` +
        '"attributes":{"locations":{"cork":{"total":1}}}}}\n',
    );
  });

  test('maps each chunk line back to its source line and row', async () => {
    const chunker = new Chunker(new MemoryChunkStore(), 2);
    for (const [i, line] of [3, 5, 9].entries())
      await chunker.add(record(i), { line, row: line - 1 });
    const [first, second] = await chunker.finish();

    expect([first?.positions.at(1), first?.positions.at(2), second?.positions.at(1)]).toEqual([
      { line: 3, row: 2 },
      { line: 5, row: 4 },
      { line: 9, row: 8 },
    ]);
    expect(second?.positions.at(2)).toBeUndefined();
  });

  test('a product repeated within a chunk is refused; in the next chunk, allowed', async () => {
    const chunker = new Chunker(new MemoryChunkStore(), 2);
    expect(await chunker.add(record(1), { line: 1 })).toBeUndefined();
    expect(await chunker.add(record(1), { line: 2 })).toEqual({
      path: ['data', 'id'],
      reason: `repeats product ${productId(1)}, already on line 1 of this import`,
    });
    expect(await chunker.add(record(2), { line: 3 })).toBeUndefined();
    expect(await chunker.add(record(1), { line: 4 })).toBeUndefined();
  });
});

describe('SourcePositions', () => {
  test('grows past its first allocation and keeps every position', () => {
    const positions = new SourcePositions();
    for (let line = 1; line <= 5000; line++) positions.push({ line: line * 2 });
    expect(positions.size).toBe(5000);
    expect(positions.at(5000)).toEqual({ line: 10_000 });
    expect(positions.at(0)).toBeUndefined();
  });
});
