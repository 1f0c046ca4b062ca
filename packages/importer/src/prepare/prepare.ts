import type { ValidationIssue } from '@ep-inventories/client';
import { limits } from '@ep-inventories/types';
import { ImportValidationError } from '../errors.js';
import type { Entry, SourcePosition, SourceReader } from '../source/entry.js';
import { checkLine, type StockRecord } from '../validate/line.js';
import type { SchemaIssue } from '../validate/schema-check.js';
import { type ChunkStore, DiscardingChunkStore } from './chunk-store.js';
import { Chunker, type PreparedChunk } from './chunker.js';

export interface ValidationOptions {
  /** Named in every issue, e.g. `stock.jsonl`. */
  fileName?: string;
  /** Products per import, at most 50,000 (the service's limit). @default 50000 */
  chunkSize?: number;
  /** A line longer than this many characters is refused unread. @default 262144 */
  maxLineLength?: number;
  /** Issues kept in reports and errors; the count covers all of them. @default 1000 */
  maxIssues?: number;
  /** Told about every issue as it is found, however many there are. */
  onIssue?: (issue: ValidationIssue) => void;
}

/** The outcome of validating a source. */
export interface ValidationReport {
  valid: boolean;
  /** Valid products found. */
  products: number;
  /** Lines (CSV rows, records) with at least one issue. */
  invalidLines: number;
  /** Issues, up to `maxIssues`. */
  issues: ValidationIssue[];
  issueCount: number;
}

export interface Prepared extends ValidationReport {
  chunks: PreparedChunk[];
}

export const defaultMaxLineLength = 256 * 1024;

export function chunkSizeOf(options: ValidationOptions): number {
  const size = options.chunkSize ?? limits.importMaxLines;
  if (!Number.isInteger(size) || size < 1 || size > limits.importMaxLines) {
    throw new RangeError(`chunkSize must be a whole number from 1 to ${limits.importMaxLines}`);
  }
  return size;
}

type Checked = { record: StockRecord } | { issues: SchemaIssue[] };

/** An entry that is not already known to be bad, checked (long CSV rows come checked). */
function recordOf(entry: Exclude<Entry, { problems: unknown }>): Checked {
  return 'record' in entry ? { record: entry.record } : checkLine(entry.value);
}

/**
 * Reads a source once: checks every entry, and writes the valid ones into chunks. Nothing is
 * uploaded here; the caller decides what to do with the issues.
 */
export async function prepare(
  reader: SourceReader,
  options: ValidationOptions,
  store: ChunkStore,
): Promise<Prepared> {
  const chunker = new Chunker(store, chunkSizeOf(options));
  const issues: ValidationIssue[] = [];
  let issueCount = 0;
  let products = 0;
  let invalidLines = 0;
  let lastInvalid = -1;

  const report = (position: SourcePosition, field: string | undefined, reason: string) => {
    const issue: ValidationIssue = { reason, line: position.line };
    if (field) issue.field = field;
    if (position.row !== undefined) issue.row = position.row;
    if (options.fileName) issue.file = options.fileName;
    issueCount++;
    if (position.line !== lastInvalid) invalidLines++;
    lastInvalid = position.line;
    if (issues.length < (options.maxIssues ?? 1000)) issues.push(issue);
    options.onIssue?.(issue);
  };

  for await (const entry of reader.entries) {
    const { position } = entry;
    if ('problems' in entry) {
      for (const problem of entry.problems) report(position, problem.field, problem.reason);
      continue;
    }

    const checked = recordOf(entry);
    if ('issues' in checked) {
      for (const issue of checked.issues)
        report(position, reader.fieldName(issue.path), issue.reason);
      continue;
    }

    const duplicate = await chunker.add(checked.record, position);
    if (duplicate) report(position, reader.fieldName(duplicate.path), duplicate.reason);
    else products++;
  }

  const chunks = await chunker.finish();
  return { valid: issueCount === 0, products, invalidLines, issues, issueCount, chunks };
}

/** Checks a source without keeping anything for upload. */
export async function validateReader(
  reader: SourceReader,
  options: ValidationOptions,
): Promise<ValidationReport> {
  const { chunks: _, ...report } = await prepare(reader, options, new DiscardingChunkStore());
  return report;
}

/** Throws when issues remain and invalid lines may not be skipped. */
export function assertUploadable(prepared: Prepared, skipInvalid: boolean, fileName?: string) {
  if (prepared.issueCount > 0 && !skipInvalid) {
    const { issues, issueCount, invalidLines } = prepared;
    throw new ImportValidationError(issues, { issueCount, invalidLines, fileName });
  }
}
