import type { Stock } from '@ep-inventories/client';
import { type ConnectionFlags, withClient } from '../config.js';
import { exitCodes } from '../exit-codes.js';
import type { Output } from '../output/output.js';
import { count, table } from '../output/table.js';
import { type ListFlags, take } from './lists.js';

type Flags = ConnectionFlags & ListFlags & { filter?: string };

const quantities = ['available', 'allocated', 'total'];

export function getStock(productId: string, flags: Flags, output: Output, env: NodeJS.ProcessEnv) {
  return withClient(flags, env, output, async (client) => {
    const stock = await client.stock.get(productId);
    if (flags.json) {
      output.json(stock);
      return exitCodes.ok;
    }
    const { available, allocated, total, locations = {} } = stock.attributes;
    const rows = Object.entries(locations).map(([slug, at]) => [
      slug,
      count(at.available),
      count(at.allocated),
      count(at.total),
    ]);
    rows.push(['(all locations)', count(available), count(allocated), count(total)]);
    for (const line of table(['location', ...quantities], rows)) output.line(line);
    return exitCodes.ok;
  });
}

function row(stock: Stock): string[] {
  const { available, allocated, total, locations = {} } = stock.attributes;
  return [
    stock.id,
    count(available),
    count(allocated),
    count(total),
    String(Object.keys(locations).length),
  ];
}

export function listStock(flags: Flags, output: Output, env: NodeJS.ProcessEnv) {
  return withClient(flags, env, output, async (client) => {
    const list = client.stock.list(flags.filter ? { filter: flags.filter } : {});
    const items = await take(list, flags.limit ?? 25);
    if (flags.json) output.json(items);
    else
      for (const line of table(['product', ...quantities, 'locations'], items.map(row)))
        output.line(line);
    return exitCodes.ok;
  });
}
