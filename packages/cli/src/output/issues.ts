import { formatIssue, type ValidationIssue } from '@ep-inventories/client';
import type { Output } from './output.js';

/** Lists validation issues, then says how many were left out of the list. */
export function printIssues(output: Output, issues: ValidationIssue[], total: number): void {
  const { yellow } = output.colors;
  for (const issue of issues) output.line(yellow(formatIssue(issue)));
  if (total > issues.length) output.line(`...and ${total - issues.length} more issues`);
}
