import { lineObject } from '../validate/line.js';
import type { Entry, SourceReader } from './entry.js';

/** Names schema paths by the record's own fields: `productId`, `locations["cork"]`. */
function recordFieldName(path: readonly string[]): string {
  const [, section, , slug] = path;
  if (section === 'id') return 'productId';
  if (slug === undefined) return 'locations';
  return `locations[${JSON.stringify(slug)}]`;
}

/**
 * Reads records such as `{ productId, locations: { 'cork-store': 12 } }`. An item's "line" is
 * its 1-based position in the iterable.
 */
export function recordReader(records: Iterable<unknown> | AsyncIterable<unknown>): SourceReader {
  return { entries: recordEntries(records), fieldName: recordFieldName };
}

async function* recordEntries(records: Iterable<unknown> | AsyncIterable<unknown>) {
  let line = 0;
  for await (const item of records) {
    line++;
    const position = { line };
    const { productId, locations } = (item ?? {}) as { productId?: unknown; locations?: unknown };

    if (typeof locations !== 'object' || locations === null || Array.isArray(locations)) {
      const problems = [
        { field: 'locations', reason: 'must be an object of location slug to total' },
      ];
      yield { position, problems } satisfies Entry;
      continue;
    }
    yield { position, value: lineObject(productId, locations as Record<string, unknown>) };
  }
}
