import { type ConnectionFlags, withClient } from '../config.js';
import { exitCodes } from '../exit-codes.js';
import type { Output } from '../output/output.js';
import { table } from '../output/table.js';
import { type ListFlags, take } from './lists.js';

export function listLocations(
  flags: ConnectionFlags & ListFlags,
  output: Output,
  env: NodeJS.ProcessEnv,
) {
  return withClient(flags, env, output, async (client) => {
    const items = await take(client.locations.list(), flags.limit ?? 25);
    if (flags.json) {
      output.json(items);
      return exitCodes.ok;
    }
    const rows = items.map((item) => [item.id, item.attributes.slug, item.attributes.name]);
    for (const line of table(['location', 'slug', 'name'], rows)) output.line(line);
    return exitCodes.ok;
  });
}
