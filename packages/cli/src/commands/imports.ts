import type { Import } from '@ep-inventories/client';
import { type ConnectionFlags, withClient } from '../config.js';
import { exitCodes } from '../exit-codes.js';
import type { Output } from '../output/output.js';
import { count, table } from '../output/table.js';
import { type ListFlags, take } from './lists.js';

type Flags = ConnectionFlags & ListFlags;

function row(item: Import): string[] {
  const records = item.meta.records;
  return [
    item.id,
    item.attributes.status,
    item.meta.timestamps.created_at,
    count(records?.uploaded?.stock ?? 0),
    count(records?.imported?.stock ?? 0),
    item.attributes.external_ref ?? '',
  ];
}

const header = ['import', 'status', 'created', 'read', 'applied', 'reference'];

export function listImports(flags: Flags, output: Output, env: NodeJS.ProcessEnv) {
  return withClient(flags, env, output, async (client) => {
    const items = await take(client.imports.list(), flags.limit ?? 25);
    if (flags.json) output.json(items);
    else for (const line of table(header, items.map(row))) output.line(line);
    return exitCodes.ok;
  });
}

export function getImport(id: string, flags: Flags, output: Output, env: NodeJS.ProcessEnv) {
  return withClient(flags, env, output, async (client) => {
    const item = await client.imports.get(id);
    if (flags.json) output.json(item);
    else for (const line of table(header, [row(item)])) output.line(line);
    return exitCodes.ok;
  });
}

export function importErrors(id: string, flags: Flags, output: Output, env: NodeJS.ProcessEnv) {
  return withClient(flags, env, output, async (client) => {
    const errors = await take(client.imports.errors(id), flags.limit ?? 1000);
    if (flags.json) {
      output.json(errors);
      return exitCodes.ok;
    }
    const rows = errors.map(({ meta }) => [String(meta.line_number), meta.field ?? '', meta.error]);
    for (const line of table(['line', 'field', 'error'], rows)) output.line(line);
    return exitCodes.ok;
  });
}
