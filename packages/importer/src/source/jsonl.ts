import { formatPath } from '../validate/line.js';
import type { Entry, SourceReader } from './entry.js';
import { readLines } from './lines.js';

/**
 * Reads JSON Lines. Blank lines are skipped (they keep their numbers, so later lines are
 * reported where an editor shows them).
 */
export function jsonlReader(stream: ReadableStream<Uint8Array>, maxLength: number): SourceReader {
  return { entries: jsonlEntries(stream, maxLength), fieldName: formatPath };
}

async function* jsonlEntries(
  stream: ReadableStream<Uint8Array>,
  maxLength: number,
): AsyncGenerator<Entry> {
  for await (const line of readLines(stream, maxLength)) {
    const position = { line: line.number };
    if (line.tooLong) {
      yield { position, problems: [{ reason: `is longer than ${maxLength} characters` }] };
      continue;
    }
    if (line.text.trim() === '') continue;

    try {
      yield { position, value: JSON.parse(line.text) };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      yield { position, problems: [{ reason: `is not valid JSON (${detail})` }] };
    }
  }
}
