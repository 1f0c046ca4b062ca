import { ConfigurationError } from '@ep-inventories/client';
import type { StockRecord } from '../validate/line.js';
import type { SourceReader } from './entry.js';
import { jsonlReader } from './jsonl.js';
import { recordReader } from './records.js';

/**
 * What can be imported from the main entry: JSON Lines as a string, a Blob (or File) or a
 * byte stream, or records. CSV files and file paths are read by the `/node` entry.
 */
export type ImportSource =
  | string
  | Blob
  | ReadableStream<Uint8Array>
  | Iterable<StockRecord>
  | AsyncIterable<StockRecord>;

function isStream(source: unknown): source is ReadableStream<Uint8Array> {
  return typeof (source as ReadableStream | undefined)?.getReader === 'function';
}

function isIterable(source: unknown): source is Iterable<unknown> | AsyncIterable<unknown> {
  if (typeof source !== 'object' || source === null) return false;
  return Symbol.iterator in source || Symbol.asyncIterator in source;
}

/** Picks the reader for a source. */
export function readerFor(source: ImportSource, maxLineLength: number): SourceReader {
  if (typeof source === 'string') return jsonlReader(new Blob([source]).stream(), maxLineLength);
  if (source instanceof Blob) return jsonlReader(source.stream(), maxLineLength);
  // Checked before iterables: web streams are async iterables too, of bytes, not records.
  if (isStream(source)) return jsonlReader(source, maxLineLength);
  if (isIterable(source)) return recordReader(source);
  throw new ConfigurationError(
    'the source must be JSON Lines (a string, Blob or byte stream) or an iterable of records',
  );
}

/** The file name shown in messages: the caller's, or a File's own name. */
export function sourceName(source: ImportSource, given: string | undefined): string | undefined {
  if (given) return given;
  const { name } = source as { name?: unknown };
  return typeof name === 'string' && name ? name : undefined;
}
