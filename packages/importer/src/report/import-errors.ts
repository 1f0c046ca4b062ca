import type { InventoriesClient, RequestOptions } from '@ep-inventories/client';
import type { SourcePositions } from '../prepare/positions.js';

/** A line the service did not apply, traced back to the caller's source. */
export interface ImportLineError {
  importId: string;
  /** 1-based chunk (import) number within the run. */
  chunk: number;
  /** The line of the uploaded chunk, as the service reported it. */
  chunkLine: number;
  /** The line of the caller's source, when it is known. */
  line?: number;
  /** The CSV data row, when the source was CSV. */
  row?: number;
  field?: string;
  message: string;
}

/** An uploaded chunk: which import holds it and where its lines came from. */
export interface ChunkRef {
  importId: string;
  chunk: number;
  positions?: SourcePositions;
}

/** Every error of an import, page after page, with source lines filled in. */
export async function* readImportErrors(
  client: InventoriesClient,
  ref: ChunkRef,
  options: RequestOptions = {},
): AsyncGenerator<ImportLineError> {
  for await (const item of client.imports.errors(ref.importId, options)) {
    const { line_number: chunkLine, field, error } = item.meta;
    const where = ref.positions?.at(chunkLine);
    yield {
      importId: ref.importId,
      chunk: ref.chunk,
      chunkLine,
      ...(where ?? {}),
      ...(field ? { field } : {}),
      message: error,
    };
  }
}
