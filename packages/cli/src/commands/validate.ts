import { validateFile } from '@ep-inventories/importer/node';
import { type ExitCode, exitCodes } from '../exit-codes.js';
import { printIssues } from '../output/issues.js';
import type { Output } from '../output/output.js';
import { plural } from '../output/table.js';
import { readableFile, type SourceFlags, sourceOptions } from './source-options.js';

export async function validateCommand(
  file: string,
  flags: SourceFlags & { json?: boolean },
  output: Output,
): Promise<ExitCode> {
  await readableFile(file);
  const report = await validateFile(file, sourceOptions(flags));
  const code = report.valid ? exitCodes.ok : exitCodes.invalid;

  if (flags.json) {
    output.json({ file, ...report });
    return code;
  }
  printIssues(output, report.issues, report.issueCount);
  const { green, red } = output.colors;
  const products = plural(report.products, 'valid product');
  const invalid = plural(report.invalidLines, 'invalid line');
  const issues = plural(report.issueCount, 'issue');
  output.line(
    report.valid
      ? green(`${file}: ${products}, no issues`)
      : red(`${file}: ${products}, ${invalid} (${issues})`),
  );
  return code;
}
