import { describe, expect, test } from 'vitest';
import { bin, examples, runCli } from './support/run-cli.js';

const ESC = String.fromCharCode(27);
const terminalCodes = new RegExp(`${ESC}\\[[\\d;?]*[A-Za-z]`, 'g');

// `script` gives the binary a pseudo-terminal, sized as an interactive shell's would be.
const inTerminal = (command: string, env: Record<string, string> = {}) =>
  runCli(
    ['-qec', `stty cols 120 rows 40; ${command}`, '/dev/null'],
    { TERM: 'xterm', ...env },
    'script',
  );

describe('on a terminal', () => {
  test('import waits by default and shows a live spinner, in colour', async () => {
    const run = await inTerminal(`${process.execPath} ${bin} import ${examples}stock.jsonl --mock`);
    const screen = run.stdout.replace(terminalCodes, '');

    expect(run.stdout).toContain(`${ESC}[32m✔`);
    expect(screen).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] import 1\/1 pending/);
    expect(screen).toContain('✔ validated 3,000 products for 1 import');
    expect(screen).toMatch(/✔ import 1\/1 success: 4 read, 2 applied \(\d+ s\)/);
    expect(screen).toContain('✖ finished: 2 lines not applied');
    expect(run.code).toBe(1);
  });

  test('a terminal that reports no width gets plain lines instead of a spinner', async () => {
    const run = await runCli(
      [
        '-qec',
        `stty cols 0; ${process.execPath} ${bin} import ${examples}stock.jsonl --mock`,
        '/dev/null',
      ],
      { TERM: 'xterm' },
      'script',
    );
    expect(run.stdout).toMatch(/\d\dZ import 1\/1 success: 4 read, 2 applied/);
    expect(run.code).toBe(1);
  });

  test('NO_COLOR turns colour off even on a terminal', async () => {
    const run = await inTerminal(
      `${process.execPath} ${bin} validate ${examples}stock-with-errors.jsonl`,
      { NO_COLOR: '1' },
    );
    expect(run.stdout).toContain('stock-with-errors.jsonl:2: data.id');
    expect(run.stdout).not.toContain(`${ESC}[33m`);
  });
});
