/**
 * Writes the sample datasets in examples/data. Deterministic: running it again gives the same
 * files, so they are committed and this script documents where they came from.
 *
 *   pnpm --filter @ep-inventories/examples make-sample-data
 */
import { writeFile } from 'node:fs/promises';

const locations = [
  'dublin-warehouse',
  'cork-store',
  'galway-store',
  'belfast-depot',
  'limerick-outlet',
];

/** A small seeded generator (mulberry32), so the data is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(next() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function products(count: number, seed: number) {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const stocked = locations.filter(() => next() < 0.5);
    const where = stocked.length > 0 ? stocked : [locations[0] as string];
    const totals = Object.fromEntries(where.map((slug) => [slug, Math.floor(next() * 500)]));
    return { id: uuid(next), totals };
  });
}

function jsonl(rows: ReturnType<typeof products>): string {
  return rows
    .map(({ id, totals }) => {
      const locationTotals = Object.fromEntries(
        Object.entries(totals).map(([slug, total]) => [slug, { total }]),
      );
      const attributes = { locations: locationTotals };
      return `${JSON.stringify({ data: { type: 'stock', id, attributes } })}\n`;
    })
    .join('');
}

function wideCsv(rows: ReturnType<typeof products>): string {
  const header = ['product_id', ...locations].join(',');
  const lines = rows.map(({ id, totals }) =>
    [id, ...locations.map((slug) => totals[slug] ?? '')].join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

const data = new URL('../data/', import.meta.url);
const stock = products(3000, 20261203);
await writeFile(new URL('stock.jsonl', data), jsonl(stock));
await writeFile(new URL('stock-wide.csv', data), wideCsv(products(500, 7)));

// A file with one mistake of each common kind, for the validation demo.
const good = products(3, 99);
const broken = [
  jsonl(good.slice(0, 1)),
  jsonl(good.slice(1, 2)).replace(/"id":"[^"]+"/, '"id":"not-a-uuid"'),
  jsonl(good.slice(1, 2)).replace(/"total":\d+/, '"total":-3'),
  `{"data":{"type":"stock","id":"${good[2]?.id}","attributes":{"locations":{}}}}\n`,
  '{"data":{"type":"stock", "id": \n',
  jsonl(good.slice(0, 1)),
].join('');
await writeFile(new URL('stock-with-errors.jsonl', data), broken);
