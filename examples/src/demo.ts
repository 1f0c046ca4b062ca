/**
 * The demo behind `pnpm demo`: the command-line tool against a local mock of the API, on the
 * sample data in examples/data. Nothing leaves this machine.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('@ep-inventories/cli/package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
const cli = join(dirname(manifestPath), manifest.bin['ep-inventories'] as string);
// Run from the repository root, so the paths in the output read as they do in the README.
const root = fileURLToPath(new URL('../../', import.meta.url));
const data = 'examples/data/';

const steps = [
  {
    title: 'Validate a file with mistakes: every bad line, and nothing is sent',
    args: ['validate', `${data}stock-with-errors.jsonl`],
    expected: [1],
  },
  {
    title: 'Import 3,000 products into the local mock and follow the import to the end',
    args: ['import', `${data}stock.jsonl`, '--mock', '--wait', '--external-ref', 'demo'],
    expected: [0, 1],
  },
  {
    title: 'The same from a spreadsheet export (wide CSV: a column per location)',
    args: ['import', `${data}stock-wide.csv`, '--mock', '--wait'],
    expected: [0, 1],
  },
];

let unexpected = 0;
for (const [index, step] of steps.entries()) {
  const command = `ep-inventories ${step.args.join(' ')}`;
  process.stdout.write(`\n== ${index + 1}. ${step.title}\n$ ${command}\n\n`);
  const { status } = spawnSync(process.execPath, [cli, ...step.args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (!step.expected.includes(status ?? -1)) unexpected++;
}

process.stdout.write(
  '\nThe mock answers from the examples in openapi/inventories.yaml: its finished import\n' +
    "rejects two lines, to show how the service's line errors map back to your file (exit 1).\n",
);
process.exitCode = unexpected === 0 ? 0 : 1;
