import { ValidationError } from '@ep-inventories/client';
import { describe, expect, test } from 'vitest';
import { chunkRefs, generatedRef } from '../../src/submit/refs.js';

describe('chunkRefs', () => {
  test.each([
    { base: 'nightly-2026-12-03', count: 1, want: ['nightly-2026-12-03'] },
    {
      base: 'nightly-2026-12-03',
      count: 3,
      want: ['nightly-2026-12-03#1/3', 'nightly-2026-12-03#2/3', 'nightly-2026-12-03#3/3'],
    },
  ])('$base in $count chunks', ({ base, count, want }) => {
    expect(chunkRefs(base, count)).toEqual(want);
  });

  test('a reference that leaves no room for the suffix is refused before any upload', () => {
    // "#12/12" takes six characters of the 2,048.
    expect(() => chunkRefs('r'.repeat(2043), 12)).toThrow(ValidationError);
    expect(() => chunkRefs('r'.repeat(2042), 12)).not.toThrow();
    expect(() => chunkRefs('r'.repeat(2048), 1)).not.toThrow();
  });
});

test('a generated reference is dated, unique per run, and safe in a filter', () => {
  const now = new Date('2026-12-03T02:00:01.123Z');
  expect(generatedRef(now, () => 0.5)).toBe('ep-inventories-20261203T020001Z-i00000');
  expect(generatedRef(now)).not.toBe(generatedRef(now));
  expect(generatedRef()).not.toMatch(/[:,()]/);
});
