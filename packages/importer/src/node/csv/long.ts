import type { Readable } from 'node:stream';
import type { Entry, SourcePosition, SourceReader } from '../../source/entry.js';
import { checkLine, lineObject } from '../../validate/line.js';
import { type CsvOptions, defaults } from './options.js';
import { cellValue, column, csvRows, findColumns, isRow, type Row } from './rows.js';

interface Group {
  position: SourcePosition;
  locations: Record<string, number>;
  /** Location slug to the line that set it, to name both lines of a repeat. */
  lines: Map<string, number>;
}

type Columns = [id: number, location: number, total: number];

function fieldName(options: Required<CsvOptions>) {
  return (path: readonly string[]): string => {
    const [, section, , slug, leaf] = path;
    if (section === 'id') return column(options.productIdColumn);
    if (leaf === 'total') return column(options.totalColumn);
    return slug === undefined ? 'location columns' : column(options.locationColumn);
  };
}

/** Checks one row as a one-location line; merges it into its product's group. */
function addRow(
  groups: Map<string, Group>,
  row: Row,
  columns: Columns,
  name: (p: string[]) => string,
) {
  const [id, slug, total] = columns.map((index) => row.cells[index] ?? '');
  const checked = checkLine(lineObject(id, { [slug as string]: cellValue(total as string) }));
  if ('issues' in checked) {
    return checked.issues.map((issue) => ({ field: name(issue.path), reason: issue.reason }));
  }

  const { productId, locations } = checked.record;
  const group: Group = groups.get(productId) ?? {
    position: row.position,
    locations: {},
    lines: new Map(),
  };
  groups.set(productId, group);
  const [[location, value]] = Object.entries(locations) as [[string, number]];
  const earlier = group.lines.get(location);
  if (earlier !== undefined) {
    const reason =
      `repeats location "${location}" for product ${productId}, ` + `already on line ${earlier}`;
    return [{ field: name(['data', 'attributes', 'locations', location]), reason }];
  }
  // Defined, not assigned: a slug such as `__proto__` must stay an ordinary key.
  Object.defineProperty(group.locations, location, { value, enumerable: true, writable: true });
  group.lines.set(location, row.position.line);
  return [];
}

function* flush(groups: Map<string, Group>): Generator<Entry> {
  for (const [productId, group] of groups) {
    yield { position: group.position, record: { productId, locations: group.locations } };
  }
  groups.clear();
}

async function* entries(
  input: Readable,
  options: Required<CsvOptions>,
  window: number,
): AsyncGenerator<Entry> {
  const name = fieldName(options);
  const rows = csvRows(input, options.delimiter);
  const first = await rows.next();
  if (first.done) return;
  if (!isRow(first.value)) return yield first.value;

  const wanted = [options.productIdColumn, options.locationColumn, options.totalColumn];
  const found = findColumns(first.value, wanted);
  if (!Array.isArray(found)) return yield found;

  const groups = new Map<string, Group>();
  for await (const row of rows) {
    if (!isRow(row)) {
      yield row;
      continue;
    }
    // Memory holds one window of products: a product whose rows lie further apart than
    // that is sent in two imports, each with the locations its rows gave.
    const id = row.cells[found[0] as number] ?? '';
    if (groups.size >= window && !groups.has(id)) yield* flush(groups);

    const problems = addRow(groups, row, found as Columns, name);
    if (problems.length > 0) yield { position: row.position, problems } satisfies Entry;
  }
  yield* flush(groups);
}

/** Reads the long shape: one row per product and location, merged per product. */
export function longReader(input: Readable, options: CsvOptions, window: number): SourceReader {
  const settings = defaults(options);
  return { entries: entries(input, settings, window), fieldName: fieldName(settings) };
}
