import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
export const examples = fileURLToPath(new URL('../../../../examples/data/', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary as a user would, without a terminal, with only the environment
 * given (plus PATH), so nothing leaks in from the machine running the tests.
 */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  command = process.execPath,
): Promise<Run> {
  const argv = command === process.execPath ? [bin, ...args] : args;
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
