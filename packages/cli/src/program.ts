import { Command, Option } from 'commander';
import { version } from '../package.json';
import { importCommand } from './commands/import.js';
import { getImport, importErrors, listImports } from './commands/imports.js';
import { listLocations } from './commands/locations.js';
import { addSourceOptions, positiveInteger } from './commands/source-options.js';
import { getStock, listStock } from './commands/stock.js';
import { validateCommand } from './commands/validate.js';
import type { ExitCode } from './exit-codes.js';
import type { Output } from './output/output.js';

const example = (...lines: string[]) =>
  `\nExample:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;

/** What every command registration needs: where to print, the environment, and the runner. */
interface Setup {
  output: Output;
  env: NodeJS.ProcessEnv;
  run: (work: Promise<ExitCode>) => Promise<void>;
}

function connectionOptions(program: Command): Command {
  return program
    .addOption(
      new Option('--region <region>', 'store region (or EP_REGION)').choices(['euwest', 'useast']),
    )
    .option('--base-url <url>', 'API origin, e.g. a proxy or mock (or EP_BASE_URL)')
    .option('--client-id <id>', 'client id (or EP_CLIENT_ID)')
    .option('--client-secret <secret>', 'client secret (or EP_CLIENT_SECRET, kept out of ps)')
    .option('--mock', 'start the local mock of the API and use it (needs @ep-inventories/mock)');
}

function addValidate(program: Command, { output, run }: Setup): void {
  addSourceOptions(program.command('validate <file>'))
    .description('check a JSON Lines or CSV stock file line by line; sends nothing')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      example(
        'ep-inventories validate stock.jsonl',
        'ep-inventories validate stock.csv --csv-shape long --json',
      ),
    )
    .action((file: string, _, command: Command) =>
      run(validateCommand(file, command.opts(), output)),
    );
}

function addImport(program: Command, { output, env, run }: Setup): void {
  addSourceOptions(program.command('import <file>'))
    .description('validate, split, upload and (with --wait) follow a stock file to the end')
    .option('--external-ref <ref>', 'your reference; split files get <ref>#<n>/<count>')
    .option('--skip-invalid', 'import the valid lines and report the invalid ones')
    .option('--wait', 'follow the imports until they finish (the default on a terminal)')
    .option('--no-wait', 'return once the files are uploaded')
    .option(
      '--wait-timeout <seconds>',
      'stop waiting for an import after this long (per import)',
      positiveInteger,
      3600,
    )
    .option('--max-errors <n>', 'line errors to list', positiveInteger, 1000)
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      example(
        'ep-inventories import examples/data/stock.jsonl --mock --wait',
        'EP_REGION=euwest ep-inventories import stock.jsonl --external-ref nightly-2026-12-03',
      ),
    )
    .action((file: string, _, command: Command) =>
      run(importCommand(file, command.optsWithGlobals(), output, env)),
    );
}

function addImports(program: Command, { output, env, run }: Setup): void {
  const imports = program
    .command('imports')
    .description('inspect import jobs')
    .addHelpText(
      'after',
      example('ep-inventories imports list', 'ep-inventories imports errors <id>'),
    );
  imports
    .command('list')
    .description('list recent imports')
    .option('--limit <n>', 'imports to show', positiveInteger, 25)
    .option('--json', 'print JSON')
    .addHelpText('after', example('ep-inventories imports list --limit 10'))
    .action((_, command: Command) => run(listImports(command.optsWithGlobals(), output, env)));
  imports
    .command('get <id>')
    .description("show an import's status and counts")
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      example('ep-inventories imports get 2b8e4f6a-9c1d-4e3f-a7b5-0d2c4e6f8a1b'),
    )
    .action((id: string, _, command: Command) =>
      run(getImport(id, command.optsWithGlobals(), output, env)),
    );
  imports
    .command('errors <id>')
    .description("list an import's line errors")
    .option('--limit <n>', 'errors to show', positiveInteger, 1000)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      example('ep-inventories imports errors 2b8e4f6a-9c1d-4e3f-a7b5-0d2c4e6f8a1b --json'),
    )
    .action((id: string, _, command: Command) =>
      run(importErrors(id, command.optsWithGlobals(), output, env)),
    );
}

function addStock(program: Command, { output, env, run }: Setup): void {
  const stock = program
    .command('stock')
    .description("inspect products' stock")
    .addHelpText('after', example('ep-inventories stock get <product-id>'));
  stock
    .command('get <product-id>')
    .description("show a product's stock, per location")
    .option('--json', 'print JSON')
    .addHelpText('after', example('ep-inventories stock get 9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10'))
    .action((id: string, _, command: Command) =>
      run(getStock(id, command.optsWithGlobals(), output, env)),
    );
  stock
    .command('list')
    .description('list stock')
    .option('--filter <filter>', 'e.g. eq(location,cork-store)')
    .option('--limit <n>', 'products to show', positiveInteger, 25)
    .option('--json', 'print JSON')
    .addHelpText('after', example('ep-inventories stock list --limit 50'))
    .action((_, command: Command) => run(listStock(command.optsWithGlobals(), output, env)));
}

function addLocations(program: Command, { output, env, run }: Setup): void {
  program
    .command('locations')
    .description('inspect locations')
    .addHelpText('after', example('ep-inventories locations list'))
    .command('list')
    .description('list locations')
    .option('--limit <n>', 'locations to show', positiveInteger, 25)
    .option('--json', 'print JSON')
    .addHelpText('after', example('ep-inventories locations list --json'))
    .action((_, command: Command) => run(listLocations(command.optsWithGlobals(), output, env)));
}

/** Builds the command tree; each action hands its exit status to `done`. */
export function buildProgram(
  output: Output,
  env: NodeJS.ProcessEnv,
  done: (code: ExitCode) => void,
) {
  const program = connectionOptions(new Command('ep-inventories'))
    .description('Validate, import and inspect Elastic Path inventory (multi-location).')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      example('ep-inventories validate stock.csv', 'ep-inventories import stock.jsonl --mock') +
        '\nExit status: 0 ok, 1 invalid data or failed import, 2 usage or configuration,' +
        ' 3 service or network failure.\n',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.streams.stdout.write(text),
      writeErr: (text) => output.writeStderr(text),
    });

  const setup: Setup = { output, env, run: (work) => work.then(done) };
  for (const add of [addValidate, addImport, addImports, addStock, addLocations])
    add(program, setup);
  return program;
}
