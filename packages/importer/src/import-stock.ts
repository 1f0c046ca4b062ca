import {
  type InventoriesClient,
  isInventoriesError,
  type ValidationIssue,
} from '@ep-inventories/client';
import type { ImportStatus } from '@ep-inventories/types';
import { ImportValidationError } from './errors.js';
import type { ChunkStore } from './prepare/chunk-store.js';
import type { PreparedChunk } from './prepare/chunker.js';
import {
  assertUploadable,
  type Prepared,
  prepare,
  type ValidationOptions,
} from './prepare/prepare.js';
import { type ImportLineError, readImportErrors } from './report/import-errors.js';
import type { SourceReader } from './source/entry.js';
import { chunkRefs, generatedRef } from './submit/refs.js';
import { type SubmitOptions, type Submitted, submitChunk } from './submit/submit.js';
import { progressOf, type WaitOptions, type WaitProgress, waitForImport } from './wait/wait.js';

export interface ImportOptions
  extends ValidationOptions,
    Omit<SubmitOptions, 'signal' | 'onRetry'>,
    Omit<WaitOptions, 'signal' | 'onProgress'> {
  /** Your reference; chunks get `<ref>#<n>/<count>`. @default a reference unique to this run */
  externalRef?: string;
  /**
   * Upload the valid lines and report the invalid ones, instead of uploading nothing.
   * @default false
   */
  skipInvalid?: boolean;
  /** Wait for every import to finish and read its errors. @default true */
  wait?: boolean;
  /** Errors kept in the summary; `errorCount` covers all of them. @default 1000 */
  maxErrors?: number;
  signal?: AbortSignal;
  onProgress?: (event: ImportProgress) => void;
}

/** What happens during an import, in order, for progress displays. */
export type ImportProgress =
  | { phase: 'validated'; products: number; invalidLines: number; chunks: number }
  | { phase: 'uploading'; chunk: number; chunks: number; products: number }
  | { phase: 'retrying'; chunk: number; chunks: number; attempt: number; reason: string }
  | { phase: 'uploaded'; chunk: number; chunks: number; importId: string; recovered: boolean }
  | ({ phase: 'waiting'; chunk: number; chunks: number } & WaitProgress);

/** One chunk of the source and the import that holds it. */
export interface ImportedChunk {
  chunk: number;
  importId: string;
  externalRef: string;
  /** Products sent in this chunk. */
  products: number;
  status: ImportStatus;
  uploaded: number;
  imported: number;
  /** The upload failed on our side, but the import was found rather than sent twice. */
  recovered: boolean;
}

export interface ImportSummary {
  imports: ImportedChunk[];
  /** Valid products sent, over all chunks. */
  products: number;
  /** Lines the service read as records, over all imports. */
  uploaded: number;
  /** Records the service applied, over all imports. */
  imported: number;
  /** Issues of the lines left out with `skipInvalid`, up to `maxIssues`. */
  skipped: ValidationIssue[];
  /** Lines left out with `skipInvalid`. */
  skippedLines: number;
  /** Lines the service did not apply, mapped to the source, up to `maxErrors`. */
  errors: ImportLineError[];
  errorCount: number;
  /** False when the service would not page through all errors (past offset 10,000). */
  errorsComplete: boolean;
}

const isPaginationLimit = (error: unknown) =>
  isInventoriesError(error) && error.name === 'PaginationLimitError';

interface Run {
  client: InventoriesClient;
  options: ImportOptions;
  emit: (event: ImportProgress) => void;
}

type Sent = { chunk: PreparedChunk; externalRef: string; submitted: Submitted };

async function validated(run: Run, reader: SourceReader, store: ChunkStore): Promise<Prepared> {
  const { options } = run;
  const prepared = await prepare(reader, options, store);
  const { products, invalidLines, chunks } = prepared;
  run.emit({ phase: 'validated', products, invalidLines, chunks: chunks.length });

  assertUploadable(prepared, options.skipInvalid === true, options.fileName);
  if (chunks.length === 0) {
    // Nothing valid to send: either the source is empty, or every line was skipped.
    const file = options.fileName ? { file: options.fileName } : {};
    const issues =
      prepared.issues.length > 0 ? prepared.issues : [{ reason: 'has no products', ...file }];
    const counts = { issueCount: prepared.issueCount, invalidLines: prepared.invalidLines };
    throw new ImportValidationError(issues, { ...counts, fileName: options.fileName });
  }
  return prepared;
}

async function upload(run: Run, chunk: PreparedChunk, externalRef: string, chunks: number) {
  const { client, options, emit } = run;
  emit({ phase: 'uploading', chunk: chunk.index, chunks, products: chunk.products });
  const stem = (options.fileName ?? 'stock').replace(/\.[^.]*$/, '');
  const filename = chunks === 1 ? `${stem}.jsonl` : `${stem}-${chunk.index}.jsonl`;

  const submitted = await submitChunk(
    client,
    { file: chunk.file, externalRef, filename },
    {
      ...options,
      onRetry: ({ attempt, reason }) =>
        emit({ phase: 'retrying', chunk: chunk.index, chunks, attempt, reason }),
    },
  );
  const { recovered } = submitted;
  emit({ phase: 'uploaded', chunk: chunk.index, chunks, importId: submitted.import.id, recovered });
  return submitted;
}

/** Uploads every chunk in order, before waiting on any: the service queues them. */
async function uploadAll(run: Run, chunks: PreparedChunk[], externalRef: string): Promise<Sent[]> {
  const refs = chunkRefs(externalRef, chunks.length);
  const sent: Sent[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const ref = refs[i] as string;
    sent.push({ chunk, externalRef: ref, submitted: await upload(run, chunk, ref, chunks.length) });
  }
  return sent;
}

async function finish(run: Run, { chunk, externalRef, submitted }: Sent, chunks: number) {
  const { client, options, emit } = run;
  const final =
    options.wait === false
      ? submitted.import
      : await waitForImport(client, submitted.import.id, {
          ...options,
          onProgress: (progress) =>
            emit({ phase: 'waiting', chunk: chunk.index, chunks, ...progress }),
        });

  const { status, uploaded, imported } = progressOf(final, 0);
  const { products, index } = chunk;
  const { recovered } = submitted;
  return {
    chunk: index,
    importId: final.id,
    externalRef,
    products,
    status,
    uploaded,
    imported,
    recovered,
  };
}

async function collectErrors(run: Run, sent: Sent[]) {
  const errors: ImportLineError[] = [];
  let errorCount = 0;
  let errorsComplete = true;
  const { signal } = run.options;

  for (const { chunk, submitted } of sent) {
    const ref = { importId: submitted.import.id, chunk: chunk.index, positions: chunk.positions };
    try {
      for await (const error of readImportErrors(run.client, ref, signal ? { signal } : {})) {
        errorCount++;
        if (errors.length < (run.options.maxErrors ?? 1000)) errors.push(error);
      }
    } catch (error) {
      // Past offset 10,000 the service will not page further: report what could be read.
      if (!isPaginationLimit(error)) throw error;
      errorsComplete = false;
    }
  }
  return { errors, errorCount, errorsComplete };
}

/**
 * Validates, splits, uploads and (by default) waits: the whole import workflow over a source
 * reader, with chunks kept in `store` until they are uploaded.
 */
export async function runImport(
  client: InventoriesClient,
  reader: SourceReader,
  options: ImportOptions,
  store: ChunkStore,
): Promise<ImportSummary> {
  const run: Run = { client, options, emit: (event) => options.onProgress?.(event) };
  try {
    const prepared = await validated(run, reader, store);
    const sent = await uploadAll(run, prepared.chunks, options.externalRef ?? generatedRef());

    const imports: ImportedChunk[] = [];
    for (const item of sent) imports.push(await finish(run, item, sent.length));
    const errors =
      options.wait === false
        ? { errors: [], errorCount: 0, errorsComplete: false }
        : await collectErrors(run, sent);

    const sum = (key: 'uploaded' | 'imported') => imports.reduce((all, item) => all + item[key], 0);
    const { products, issues, invalidLines } = prepared;
    const totals = { products, uploaded: sum('uploaded'), imported: sum('imported') };
    return { imports, ...totals, skipped: issues, skippedLines: invalidLines, ...errors };
  } finally {
    await store.dispose();
  }
}
