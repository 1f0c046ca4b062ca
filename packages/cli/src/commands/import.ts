import { isValidationError } from '@ep-inventories/client';
import { type ImportSummary, importFile } from '@ep-inventories/importer/node';
import { type ConnectionFlags, connect } from '../config.js';
import { type ExitCode, exitCodes } from '../exit-codes.js';
import type { Output } from '../output/output.js';
import { progressDisplay } from '../output/progress.js';
import { count, plural, table } from '../output/table.js';
import { readableFile, type SourceFlags, sourceOptions } from './source-options.js';

export interface ImportFlags extends SourceFlags, ConnectionFlags {
  externalRef?: string;
  skipInvalid?: boolean;
  wait?: boolean;
  waitTimeout?: number;
  maxErrors?: number;
  json?: boolean;
}

/**
 * 0 only when every line is known to be applied; 1 when an import failed, a line was left
 * out, or the service applied fewer products than were sent without saying why.
 */
function outcome(summary: ImportSummary, waited: boolean): ExitCode {
  if (!waited) return summary.skippedLines > 0 ? exitCodes.invalid : exitCodes.ok;
  const failed = summary.imports.some((item) => item.status !== 'success');
  const left = summary.errorCount > 0 || summary.skippedLines > 0 || !summary.errorsComplete;
  const short = summary.imported < summary.products;
  return failed || left || short ? exitCodes.invalid : exitCodes.ok;
}

function printSummary(output: Output, file: string, summary: ImportSummary, waited: boolean) {
  const rows = summary.imports.map((item) => [
    String(item.chunk),
    item.importId,
    item.status,
    count(item.products),
    waited ? count(item.uploaded) : '-',
    waited ? count(item.imported) : '-',
    item.externalRef,
  ]);
  const header = ['#', 'import', 'status', 'products', 'read', 'applied', 'reference'];
  for (const line of table(header, rows)) output.line(line);

  output.line();
  const imports = plural(summary.imports.length, 'import');
  const sent = `${plural(summary.products, 'product')} sent in ${imports}`;
  output.line(
    waited ? `${sent}; ${count(summary.uploaded)} read, ${count(summary.imported)} applied` : sent,
  );
  if (summary.skippedLines > 0)
    output.line(`${plural(summary.skippedLines, 'invalid line')} skipped`);

  if (summary.errorCount === 0) return;
  output.line(output.colors.yellow(`${plural(summary.errorCount, 'line')} not applied:`));
  for (const error of summary.errors) {
    const where =
      error.line === undefined
        ? `import ${error.chunk} line ${error.chunkLine}`
        : `${file}:${error.line}`;
    const row = error.row === undefined ? '' : ` (row ${error.row})`;
    output.line(`  ${where}${row}: ${error.field ? `${error.field}: ` : ''}${error.message}`);
  }
  if (!summary.errorsComplete) output.line('  (the service pages no further: more may exist)');
}

function finalWords(summary: ImportSummary, waited: boolean): string {
  if (!waited) return 'uploaded; not waiting for the imports to finish';
  const failed = summary.imports.filter((item) => item.status !== 'success').length;
  if (failed > 0) return `finished: ${plural(failed, 'import')} failed`;
  if (summary.errorCount > 0) return `finished: ${plural(summary.errorCount, 'line')} not applied`;
  if (summary.imported < summary.products) {
    const missing = plural(summary.products - summary.imported, 'product');
    return `finished: ${missing} not applied, with no reason given`;
  }
  return 'finished: every line applied';
}

export async function importCommand(
  file: string,
  flags: ImportFlags,
  output: Output,
  env: NodeJS.ProcessEnv,
) {
  await readableFile(file);
  const waited = flags.wait ?? output.streams.stdout.isTTY === true;
  const connection = await connect(flags, env, output);
  const progress = progressDisplay(output);

  try {
    const summary = await importFile(connection.client, file, {
      ...sourceOptions(flags),
      wait: waited,
      skipInvalid: flags.skipInvalid === true,
      ...(flags.externalRef ? { externalRef: flags.externalRef } : {}),
      ...(flags.waitTimeout ? { timeoutMs: flags.waitTimeout * 1000 } : {}),
      ...(flags.maxErrors ? { maxErrors: flags.maxErrors } : {}),
      onProgress: (event) => progress.show(event),
    });
    const code = outcome(summary, waited);
    progress.finish(code === exitCodes.ok, finalWords(summary, waited));

    if (flags.json) output.json({ file, waited, ...summary });
    else printSummary(output, file, summary, waited);
    return code;
  } catch (error) {
    progress.finish(false, isValidationError(error) ? 'nothing was uploaded' : 'import stopped');
    throw error;
  } finally {
    await connection.close();
  }
}
