/** Keeps the last lines a child process printed, to show them when it fails. */
export class OutputBuffer {
  readonly #lines: string[] = [];
  #partial = '';

  constructor(private readonly maxLines = 200) {}

  push(chunk: Buffer | string): void {
    const text = this.#partial + chunk.toString();
    const lines = text.split('\n');
    this.#partial = lines.pop() ?? '';
    this.#lines.push(...lines);
    if (this.#lines.length > this.maxLines) {
      this.#lines.splice(0, this.#lines.length - this.maxLines);
    }
  }

  toString(): string {
    return [...this.#lines, this.#partial].filter(Boolean).join('\n');
  }
}
