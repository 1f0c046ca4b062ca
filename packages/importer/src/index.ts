export { importStock, validateStock } from './api.js';
export {
  ImportValidationError,
  ImportWaitTimeoutError,
  UnexpectedImportStatusError,
} from './errors.js';
export type {
  ImportedChunk,
  ImportOptions,
  ImportProgress,
  ImportSummary,
} from './import-stock.js';
export {
  type ChunkStore,
  type ChunkWriter,
  MemoryChunkStore,
} from './prepare/chunk-store.js';
export type { PreparedChunk } from './prepare/chunker.js';
export type { SourcePositions } from './prepare/positions.js';
export type { ValidationOptions, ValidationReport } from './prepare/prepare.js';
export {
  type ChunkRef,
  type ImportLineError,
  readImportErrors,
} from './report/import-errors.js';
export type { SourcePosition } from './source/entry.js';
export type { ImportSource } from './source/resolve.js';
export { type FindOptions, findImportByExternalRef } from './submit/find-by-ref.js';
export {
  type ChunkUpload,
  type SubmitOptions,
  type Submitted,
  submitChunk,
} from './submit/submit.js';
export type { StockRecord } from './validate/line.js';
export { type WaitOptions, type WaitProgress, waitForImport } from './wait/wait.js';
