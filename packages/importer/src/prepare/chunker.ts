import type { SourcePosition } from '../source/entry.js';
import { type StockRecord, serialize } from '../validate/line.js';
import type { SchemaIssue } from '../validate/schema-check.js';
import type { ChunkStore, ChunkWriter } from './chunk-store.js';
import { SourcePositions } from './positions.js';

/** One import's worth of lines, ready to upload. */
export interface PreparedChunk {
  /** 1-based, in upload order. */
  index: number;
  file: Blob;
  /** Products (lines) in the chunk. */
  products: number;
  positions: SourcePositions;
}

interface OpenChunk {
  writer: ChunkWriter;
  positions: SourcePositions;
  /** Product id to the source line it first appeared on, within this chunk. */
  seen: Map<string, number>;
}

/**
 * Writes valid records into chunks of at most `chunkSize` products, refusing a product that
 * appears twice within one chunk.
 */
export class Chunker {
  readonly #done: PreparedChunk[] = [];
  #current: OpenChunk | undefined;

  constructor(
    private readonly store: ChunkStore,
    private readonly chunkSize: number,
  ) {}

  /**
   * Adds a record, or returns the problem that keeps it out. The line uploaded is written
   * from the checked record, never copied from the source: what was validated is what is sent
   * (a source line could hold a key twice, or `1.0`, which a parser may read otherwise).
   */
  async add(record: StockRecord, position: SourcePosition): Promise<SchemaIssue | undefined> {
    if (this.#current && this.#current.positions.size >= this.chunkSize) await this.#close();
    this.#current ??= this.#open();
    const chunk = this.#current;

    const firstLine = chunk.seen.get(record.productId);
    if (firstLine !== undefined) {
      const reason =
        `repeats product ${record.productId}, ` + `already on line ${firstLine} of this import`;
      return { path: ['data', 'id'], reason };
    }

    chunk.seen.set(record.productId, position.line);
    chunk.positions.push(position);
    await chunk.writer.write(`${serialize(record)}\n`);
    return undefined;
  }

  async finish(): Promise<PreparedChunk[]> {
    if (this.#current) await this.#close();
    return this.#done;
  }

  #open(): OpenChunk {
    const writer = this.store.open(this.#done.length + 1);
    return { writer, positions: new SourcePositions(), seen: new Map() };
  }

  async #close(): Promise<void> {
    const chunk = this.#current;
    if (!chunk) return;
    this.#current = undefined;
    const file = await chunk.writer.close();
    const index = this.#done.length + 1;
    this.#done.push({ index, file, products: chunk.positions.size, positions: chunk.positions });
  }
}
