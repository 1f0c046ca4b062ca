import type { InventoriesClient } from '@ep-inventories/client';
import { type ImportOptions, type ImportSummary, runImport } from './import-stock.js';
import { type ChunkStore, MemoryChunkStore } from './prepare/chunk-store.js';
import {
  defaultMaxLineLength,
  type ValidationOptions,
  type ValidationReport,
  validateReader,
} from './prepare/prepare.js';
import { type ImportSource, readerFor, sourceName } from './source/resolve.js';

/**
 * Checks every line of a source against the import line schema without sending anything.
 *
 * @example
 * const report = await validateStock(file);
 * for (const issue of report.issues) console.log(issue.line, issue.field, issue.reason);
 */
export function validateStock(
  source: ImportSource,
  options: ValidationOptions = {},
): Promise<ValidationReport> {
  const fileName = sourceName(source, options.fileName);
  const reader = readerFor(source, options.maxLineLength ?? defaultMaxLineLength);
  return validateReader(reader, { ...options, ...(fileName ? { fileName } : {}) });
}

/**
 * Imports stock in one call: validates the whole source (nothing is sent while errors remain,
 * unless `skipInvalid`), splits it into imports of at most 50,000 products, uploads them in
 * order, waits for each to finish, and returns a summary with the service's line errors
 * mapped back to the source.
 *
 * @example
 * const summary = await importStock(client, file, { externalRef: 'nightly-2026-12-03' });
 * console.log(summary.imported, 'of', summary.products, 'applied');
 */
export function importStock(
  client: InventoriesClient,
  source: ImportSource,
  options: ImportOptions & { chunkStore?: ChunkStore } = {},
): Promise<ImportSummary> {
  const fileName = sourceName(source, options.fileName);
  const reader = readerFor(source, options.maxLineLength ?? defaultMaxLineLength);
  const store = options.chunkStore ?? new MemoryChunkStore();
  return runImport(client, reader, { ...options, ...(fileName ? { fileName } : {}) }, store);
}
