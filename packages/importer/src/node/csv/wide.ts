import type { Readable } from 'node:stream';
import type { Entry, Problem, SourceReader } from '../../source/entry.js';
import { lineObject, slugProblem } from '../../validate/line.js';
import { type CsvOptions, defaults } from './options.js';
import { cellValue, column, csvRows, findColumns, isRow, type Row } from './rows.js';

function fieldName(idColumn: string) {
  return (path: readonly string[]): string => {
    const [, section, , slug] = path;
    if (section === 'id') return column(idColumn);
    return slug === undefined ? 'location columns' : column(slug);
  };
}

/**
 * Location columns by index. A column whose name is not a valid slug, or repeats an earlier
 * one, is reported once, on the header, and its cells are not read.
 */
function locationColumns(header: Row, idIndex: number) {
  const slugs = new Map<number, string>();
  const problems: Problem[] = [];
  for (const [index, name] of header.cells.entries()) {
    if (index === idIndex) continue;
    const problem = slugProblem(name);
    if (problem) {
      problems.push({ field: column(name), reason: `is not a valid location slug: ${problem}` });
    } else if ([...slugs.values()].includes(name)) {
      problems.push({ field: column(name), reason: 'appears twice in the header' });
    } else {
      slugs.set(index, name);
    }
  }
  return { slugs, problems };
}

async function* entries(input: Readable, options: Required<CsvOptions>): AsyncGenerator<Entry> {
  const rows = csvRows(input, options.delimiter);
  const first = await rows.next();
  if (first.done) return;
  if (!isRow(first.value)) return yield first.value;

  const found = findColumns(first.value, [options.productIdColumn]);
  if (!Array.isArray(found)) return yield found;
  const idIndex = found[0] as number;
  const { slugs, problems } = locationColumns(first.value, idIndex);
  if (problems.length > 0) yield { position: first.value.position, problems };

  for await (const row of rows) {
    if (!isRow(row)) {
      yield row;
      continue;
    }
    if (row.cells.length > first.value.cells.length) {
      const reason = `has ${row.cells.length} cells but the header has ${first.value.cells.length}`;
      yield { position: row.position, problems: [{ reason }] };
      continue;
    }
    const filled = [...slugs].filter(([index]) => (row.cells[index] ?? '') !== '');
    const locations = Object.fromEntries(
      filled.map(([index, slug]) => [slug, cellValue(row.cells[index] as string)]),
    );
    yield { position: row.position, value: lineObject(row.cells[idIndex], locations) };
  }
}

/** Reads the wide shape: a product id column, then one column per location slug. */
export function wideReader(input: Readable, options: CsvOptions): SourceReader {
  const settings = defaults(options);
  return { entries: entries(input, settings), fieldName: fieldName(settings.productIdColumn) };
}
