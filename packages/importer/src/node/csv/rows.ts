import { pipeline, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Entry, SourcePosition } from '../../source/entry.js';

/** A parsed CSV record: its cells, first line and 1-based data row (the header is row 0). */
export interface Row {
  cells: string[];
  position: SourcePosition;
}

interface Parsed {
  record: string[];
  info: { lines: number; empty_lines: number; records: number };
}

/**
 * Numbers become numbers; anything else stays text, so the schema names it in its reason.
 * So does a number too large to hold exactly, rather than being rounded on its way through.
 */
export function cellValue(cell: string): unknown {
  if (!/^-?\d+(\.\d+)?$/.test(cell)) return cell;
  const number = Number(cell);
  return Number.isInteger(number) && !Number.isSafeInteger(number) ? cell : number;
}

/** `column "cork-store"`: how a CSV column is named in messages. */
export const column = (name: string) => `column ${JSON.stringify(name)}`;

export function isRow(item: Row | Entry): item is Row {
  return 'cells' in item;
}

/**
 * Streams CSV records with csv-parse. A record spanning lines (a quoted newline) is placed on
 * its first line. A parse failure ends the file with one entry naming the line.
 */
export async function* csvRows(input: Readable, delimiter: string): AsyncGenerator<Row | Entry> {
  // pipeline, not pipe: a file that cannot be read must fail the parse, not the process.
  const parser = parse({
    bom: true,
    delimiter,
    info: true,
    // Accept both endings, even mixed: a spreadsheet export and a hand edit can disagree.
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  });
  pipeline(input, parser, () => {});
  let lastLine = 0;
  let lastEmpty = 0;

  try {
    for await (const { record, info } of parser as AsyncIterable<Parsed>) {
      const line = lastLine + 1 + (info.empty_lines - lastEmpty);
      lastLine = info.lines;
      lastEmpty = info.empty_lines;
      yield { cells: record, position: { line, row: info.records - 1 } };
    }
  } catch (error) {
    // A reading failure (no such file, no permission) is not a fault of the data: rethrow it.
    if (!String((error as { code?: unknown }).code).startsWith('CSV_')) throw error;
    const line = (error as { lines?: number }).lines ?? lastLine + 1;
    const detail = error instanceof Error ? error.message : String(error);
    yield { position: { line }, problems: [{ reason: `is not valid CSV (${detail})` }] };
  }
}

/** Finds the header's columns, or the entry saying which one is missing. */
export function findColumns(header: Row, names: string[]): number[] | Entry {
  const indexes = names.map((name) => header.cells.indexOf(name));
  const missing = names.filter((_, i) => indexes[i] === -1);
  if (missing.length === 0) return indexes;

  const reason = `has no ${missing.map(column).join(' or ')} (found: ${header.cells.join(', ')})`;
  return { position: header.position, problems: [{ field: 'header', reason }] };
}
