import type { ImportProgress } from '@ep-inventories/importer';

import { count, plural } from './table.js';

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** One import's place in the run, e.g. `import 2/3`. */
const which = (event: { chunk: number; chunks: number }) => `import ${event.chunk}/${event.chunks}`;

/** A progress event in words, as both displays show it. */
export function describeProgress(event: ImportProgress): string {
  switch (event.phase) {
    case 'validated':
      return (
        `validated ${plural(event.products, 'product')} for ${plural(event.chunks, 'import')}` +
        (event.invalidLines > 0 ? `, skipping ${plural(event.invalidLines, 'invalid line')}` : '')
      );
    case 'uploading':
      return `uploading ${which(event)} (${plural(event.products, 'product')})`;
    case 'retrying':
      return `upload of ${which(event)} failed (${event.reason}); attempt ${event.attempt}`;
    case 'uploaded':
      return (
        `uploaded ${which(event)} as ${event.importId}` +
        (event.recovered ? ' (found after a failed attempt, not sent twice)' : '')
      );
    case 'waiting':
      return (
        `${which(event)} ${event.status}: ${count(event.uploaded)} read, ` +
        `${count(event.imported)} applied (${seconds(event.elapsedMs)})`
      );
  }
}

/** Events after which a plain display has something new to say. */
export function progressKey(event: ImportProgress): string {
  if (event.phase !== 'waiting') return `${event.phase} ${'chunk' in event ? event.chunk : ''}`;
  return `waiting ${event.chunk} ${event.status} ${event.uploaded} ${event.imported}`;
}
