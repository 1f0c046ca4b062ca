import type { StockRecord } from '../validate/line.js';

/** Where an entry came from: a 1-based line, and for CSV the 1-based data row too. */
export interface SourcePosition {
  line: number;
  row?: number;
}

/** Something wrong with an entry, before the file name and position are added. */
export interface Problem {
  field?: string;
  reason: string;
}

/** What a source reader yields for each line, row or item. */
export type Entry =
  /** A parsed line still to be checked against the schema. */
  | { position: SourcePosition; value: unknown }
  /** A line already known to be bad (not JSON, too long, a bad CSV row). */
  | { position: SourcePosition; problems: Problem[] }
  /** A record already checked (long CSV rows merged per product). */
  | { position: SourcePosition; record: StockRecord };

/** A source turned into entries, and how its field paths read in messages. */
export interface SourceReader {
  entries: AsyncIterable<Entry>;
  /** Names a schema path the way this source's author knows it: a JSON path, a CSV column. */
  fieldName(path: readonly string[]): string;
}
