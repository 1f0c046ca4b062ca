import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { FileOptions, ValidationOptions } from '@ep-inventories/importer/node';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../exit-codes.js';

export interface SourceFlags {
  format?: 'jsonl' | 'csv';
  csvShape?: 'wide' | 'long';
  productIdColumn?: string;
  locationColumn?: string;
  totalColumn?: string;
  delimiter?: string;
  maxIssues?: number;
}

/** Parses a whole number of one or more, or tells commander the value is unusable. */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError('expected a whole number of 1 or more');
  }
  return number;
}

/** The options that say how to read a stock file. */
export function addSourceOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'read the file as').choices(['jsonl', 'csv']))
    .addOption(
      new Option('--csv-shape <shape>', 'CSV layout: wide (a column per location) or long')
        .choices(['wide', 'long'])
        .default('wide'),
    )
    .option('--product-id-column <name>', 'CSV column of the product id', 'product_id')
    .option('--location-column <name>', 'long CSV column of the location slug', 'location')
    .option('--total-column <name>', 'long CSV column of the total', 'total')
    .option('--delimiter <char>', 'CSV delimiter', ',')
    .option('--max-issues <n>', 'invalid lines to list', positiveInteger, 1000);
}

export function sourceOptions(flags: SourceFlags): FileOptions & ValidationOptions {
  const csv = {
    shape: flags.csvShape ?? 'wide',
    productIdColumn: flags.productIdColumn ?? 'product_id',
    locationColumn: flags.locationColumn ?? 'location',
    totalColumn: flags.totalColumn ?? 'total',
    delimiter: flags.delimiter ?? ',',
  } as const;
  return {
    csv,
    ...(flags.format ? { format: flags.format } : {}),
    ...(flags.maxIssues ? { maxIssues: flags.maxIssues } : {}),
  };
}

/** Refuses a path that is not a readable file, before any work starts. */
export async function readableFile(path: string): Promise<void> {
  const found = await stat(path).catch(() => undefined);
  if (!found) throw new UsageError(`cannot read ${path}: no such file`);
  if (!found.isFile()) throw new UsageError(`cannot read ${path}: it is not a file`);
  await access(path, constants.R_OK).catch(() => {
    throw new UsageError(`cannot read ${path}: no permission to read it`);
  });
}
