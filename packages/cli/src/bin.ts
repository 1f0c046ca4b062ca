import { formatIssue, isValidationError } from '@ep-inventories/client';
import { CommanderError } from 'commander';
import { type ExitCode, exitCodeFor, exitCodes } from './exit-codes.js';
import { Output } from './output/output.js';
import { buildProgram } from './program.js';

const output = new Output({ stdout: process.stdout, stderr: process.stderr, env: process.env });

/** The one place errors become messages and exit statuses. */
function report(error: unknown): ExitCode {
  // Commander has already printed its own message (or the help).
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;

  const message = error instanceof Error ? error.message : String(error);
  const code = exitCodeFor(error);
  if (isValidationError(error)) {
    output.error(message.split('\n')[0] ?? message);
    for (const issue of error.issues) output.note(`  ${formatIssue(issue)}`);
  } else {
    output.error(message);
  }
  if (code === exitCodes.usage && /401|403|access token/.test(message)) {
    output.note('check EP_CLIENT_ID and EP_CLIENT_SECRET (or --client-id / --client-secret)');
  }
  return code;
}

/** Resolves once everything written to `stream` so far has been handed to the system. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

let code: ExitCode = exitCodes.ok;
try {
  const program = buildProgram(output, process.env, (result) => {
    code = result;
  });
  await program.parseAsync(process.argv);
} catch (error) {
  code = report(error);
}
// Writes to a pipe complete later: exiting at once would cut long output (--json | jq) short.
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
