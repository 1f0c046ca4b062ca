import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import type { InventoriesClient } from '@ep-inventories/client';
import { type ImportOptions, type ImportSummary, runImport } from '../import-stock.js';
import {
  chunkSizeOf,
  defaultMaxLineLength,
  type ValidationOptions,
  type ValidationReport,
  validateReader,
} from '../prepare/prepare.js';
import type { SourceReader } from '../source/entry.js';
import { jsonlReader } from '../source/jsonl.js';
import { type CsvOptions, csvReader } from './csv/index.js';
import { FileChunkStore } from './file-chunk-store.js';

/** How to read a file: by default `.csv` files as CSV and anything else as JSON Lines. */
export interface FileOptions {
  format?: 'jsonl' | 'csv';
  csv?: CsvOptions;
}

export function formatOf(path: string, options: FileOptions): 'jsonl' | 'csv' {
  return options.format ?? (extname(path).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
}

function fileReader(path: string, options: FileOptions & ValidationOptions): SourceReader {
  if (formatOf(path, options) === 'csv') {
    return csvReader(createReadStream(path), options.csv ?? {}, chunkSizeOf(options));
  }
  const bytes = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return jsonlReader(bytes, options.maxLineLength ?? defaultMaxLineLength);
}

const named = <T extends { fileName?: string }>(path: string, options: T): T => ({
  fileName: basename(path),
  ...options,
});

/**
 * Checks a JSON Lines or CSV file, streaming it from disk.
 *
 * @example
 * const report = await validateFile('stock.csv', { csv: { shape: 'long' } });
 */
export function validateFile(
  path: string,
  options: ValidationOptions & FileOptions = {},
): Promise<ValidationReport> {
  return validateReader(fileReader(path, options), named(path, options));
}

/**
 * Imports a JSON Lines or CSV file (see `importStock`), streaming it from disk and keeping
 * the chunks in temporary files, so memory stays flat whatever the file's size.
 */
export function importFile(
  client: InventoriesClient,
  path: string,
  options: ImportOptions & FileOptions = {},
): Promise<ImportSummary> {
  const store = new FileChunkStore();
  return runImport(client, fileReader(path, options), named(path, options), store);
}
