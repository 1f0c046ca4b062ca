import { ValidationError } from '@ep-inventories/client';
import { limits } from '@ep-inventories/types';

/**
 * The external_ref of each chunk: the caller's reference as it is for a single import, and
 * `<ref>#<n>/<count>` when the source is split, e.g. `nightly-2026-12-03#2/3`.
 */
export function chunkRefs(base: string, count: number): string[] {
  const refs = Array.from({ length: count }, (_, i) =>
    count === 1 ? base : `${base}#${i + 1}/${count}`,
  );
  const longest = refs.at(-1) ?? base;
  if (longest.length > limits.externalRefMaxLength) {
    const room = limits.externalRefMaxLength - (longest.length - base.length);
    throw new ValidationError('external reference too long', [
      {
        field: 'externalRef',
        reason: `must be at most ${room} characters to leave room for the chunk suffix`,
      },
    ]);
  }
  return refs;
}

/**
 * A reference unique to this run, used when the caller gives none, such as
 * `ep-inventories-20261203T020001Z-i00000`. It holds no `:`, which joins filter conditions.
 */
export function generatedRef(now = new Date(), random = Math.random): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
  const suffix = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `ep-inventories-${stamp}-${suffix}`;
}
