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
    const limit = flags.limit ?? 25;
    const items = await take(client.locations.list({ limit: Math.min(limit, 100) }), limit);
    if (flags.json) {
      output.json(items);
      return exitCodes.ok;
    }
    const rows = items.map((item) => [item.id, item.attributes.slug, item.attributes.name]);
    for (const line of table(['location', 'slug', 'name'], rows)) output.line(line);
    return exitCodes.ok;
  });
}
