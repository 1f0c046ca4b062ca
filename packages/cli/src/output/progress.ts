import type { ImportProgress } from '@ep-inventories/importer';
import { createSpinner } from 'nanospinner';
import { describeProgress, progressKey } from './describe.js';
import type { Output } from './output.js';

const finished = (event: ImportProgress) =>
  event.phase === 'validated' ||
  event.phase === 'uploaded' ||
  (event.phase === 'waiting' && event.status === 'success');

export interface ProgressDisplay {
  show(event: ImportProgress): void;
  /** Ends the display, leaving a final line. */
  finish(ok: boolean, text: string): void;
}

/** On a terminal, one live spinner line; elsewhere, a timestamped line per change. */
export function progressDisplay(
  output: Output,
  now: () => Date = () => new Date(),
): ProgressDisplay {
  return output.stderrIsLive ? spinnerDisplay(output) : lineDisplay(output, now);
}

// The spinner writes to stderr itself; its texts come from describeProgress, which holds ids
// and counts, never credentials.
function spinnerDisplay(output: Output): ProgressDisplay {
  const stream = output.streams.stderr as NodeJS.WriteStream;
  const spinner = createSpinner('', { stream });
  let lastPhase: ImportProgress['phase'] | undefined;

  return {
    show(event) {
      const text = describeProgress(event);
      // Finished steps stay on screen, marked; anything in progress updates the one live line.
      if (event.phase === 'waiting' && event.status === 'failed') {
        spinner.error({ text });
      } else if (finished(event)) {
        spinner.success({ text });
      } else if (lastPhase === event.phase && spinner.isSpinning()) {
        spinner.update({ text });
      } else {
        spinner.start({ text });
      }
      lastPhase = event.phase;
    },
    finish(ok, text) {
      if (ok) spinner.success({ text });
      else spinner.error({ text });
    },
  };
}

function lineDisplay(output: Output, now: () => Date): ProgressDisplay {
  let last = '';
  const stamp = () =>
    now()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z');

  return {
    show(event) {
      const key = progressKey(event);
      if (key === last) return;
      last = key;
      output.note(`${stamp()} ${describeProgress(event)}`);
    },
    finish(_ok, text) {
      output.note(`${stamp()} ${text}`);
    },
  };
}
