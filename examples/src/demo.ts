/**
 * Uploads the sample dataset to a local contract mock and prints the import it gets back.
 */
import { openAsBlob } from 'node:fs';
import { startPrism } from '@ep-inventories/mock';
import type { paths } from '@ep-inventories/types';
import createClient from 'openapi-fetch';

const file = new URL('../data/stock.jsonl', import.meta.url);
const mock = await startPrism();

try {
  const client = createClient<paths>({ baseUrl: mock.url });
  const { data, error, response } = await client.POST('/v2/inventories/imports', {
    params: { header: { 'EP-Inventories-Multi-Location': 'true' } },
    headers: { Authorization: 'Bearer demo-token' },
    body: { import_file: await openAsBlob(file), external_ref: 'demo' },
    bodySerializer(body) {
      const form = new FormData();
      form.append('import_file', body.import_file, 'stock.jsonl');
      if (body.external_ref) form.append('external_ref', body.external_ref);
      return form;
    },
  });
  if (error) throw new Error(`upload refused (${response.status}): ${JSON.stringify(error)}`);
  process.stdout.write(`${JSON.stringify(data.data, null, 2)}\n`);
} finally {
  await mock.stop();
}
