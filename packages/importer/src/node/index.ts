/**
 * The Node entry: everything in the main entry, plus files on disk (JSON Lines and CSV) and
 * chunks kept in temporary files.
 */
export * from '../index.js';
export type { CsvOptions } from './csv/index.js';
export { FileChunkStore } from './file-chunk-store.js';
export { type FileOptions, importFile, validateFile } from './files.js';
