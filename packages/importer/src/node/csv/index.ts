import type { Readable } from 'node:stream';
import type { SourceReader } from '../../source/entry.js';
import { longReader } from './long.js';
import type { CsvOptions } from './options.js';
import { wideReader } from './wide.js';

export type { CsvOptions } from './options.js';

/** Reads CSV in either shape; `window` bounds how many products the long shape groups at once. */
export function csvReader(input: Readable, options: CsvOptions, window: number): SourceReader {
  return options.shape === 'long' ? longReader(input, options, window) : wideReader(input, options);
}
