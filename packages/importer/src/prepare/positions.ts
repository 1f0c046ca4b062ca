import type { SourcePosition } from '../source/entry.js';

/** Maps each line of an uploaded chunk back to where it came from in the caller's source. */
export class SourcePositions {
  #lines = new Int32Array(1024);
  #rows: Int32Array | undefined;
  #size = 0;

  get size(): number {
    return this.#size;
  }

  push(position: SourcePosition): void {
    if (this.#size === this.#lines.length) this.#grow();
    this.#lines[this.#size] = position.line;
    if (position.row !== undefined) {
      this.#rows ??= new Int32Array(this.#lines.length);
      this.#rows[this.#size] = position.row;
    }
    this.#size++;
  }

  /** The source position of a 1-based chunk line, or undefined when out of range. */
  at(chunkLine: number): SourcePosition | undefined {
    if (!Number.isInteger(chunkLine) || chunkLine < 1 || chunkLine > this.#size) return undefined;
    const line = this.#lines[chunkLine - 1] as number;
    const row = this.#rows?.[chunkLine - 1];
    return row ? { line, row } : { line };
  }

  #grow(): void {
    const lines = new Int32Array(this.#lines.length * 2);
    lines.set(this.#lines);
    this.#lines = lines;
    if (this.#rows) {
      const rows = new Int32Array(lines.length);
      rows.set(this.#rows);
      this.#rows = rows;
    }
  }
}
