/** A line of text from a source, numbered from 1 as an editor would. */
export interface TextLine {
  number: number;
  text: string;
  /** The line was longer than the limit; `text` holds only its start. */
  tooLong: boolean;
}

/**
 * Splits a byte stream into lines without holding more than one line (up to `maxLength`)
 * in memory. Accepts a UTF-8 byte order mark and CRLF line endings.
 */
export async function* readLines(
  stream: ReadableStream<Uint8Array>,
  maxLength: number,
): AsyncGenerator<TextLine> {
  // TextDecoder drops a leading byte order mark by default.
  const decoder = new TextDecoder('utf-8');
  const reader = stream.getReader();
  let pending = '';
  let number = 0;
  let overflowing = false;

  const emit = (text: string, tooLong: boolean): TextLine => {
    number++;
    const clean = text.endsWith('\r') ? text.slice(0, -1) : text;
    return { number, text: tooLong ? clean.slice(0, 80) : clean, tooLong };
  };

  let finished = false;
  try {
    yield* split();
  } finally {
    // Stopping early releases the source (a file handle, a network stream) at once.
    if (!finished) await reader.cancel().catch(() => {});
  }

  async function* split(): AsyncGenerator<TextLine> {
    for (;;) {
      const { done, value } = await reader.read();
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true });

      const parts = (pending + text).split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) {
        yield emit(part, overflowing || part.length > maxLength);
        overflowing = false;
      }
      // A line still growing past the limit is cut here, so memory stays bounded.
      if (pending.length > maxLength) {
        pending = pending.slice(0, 80);
        overflowing = true;
      }
      if (done) break;
    }
    finished = true;
    if (pending.length > 0 || overflowing) yield emit(pending, overflowing);
  }
}
