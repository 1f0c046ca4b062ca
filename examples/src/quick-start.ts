/**
 * The library in a few lines, against the local mock: read stock, then import a file.
 *
 *   pnpm --filter @ep-inventories/examples quick-start
 */
import { createInventoriesClient, isNotFoundError } from '@ep-inventories/client';
import { importFile } from '@ep-inventories/importer/node';
import { importLifecycle, startPrism } from '@ep-inventories/mock';

const mock = await startPrism();
try {
  const client = createInventoriesClient({
    baseUrl: mock.url, // or region: 'euwest' with your store's credentials
    credentials: { clientId: 'example-id', clientSecret: 'example-secret' },
    fetch: importLifecycle(), // the mock keeps no state: walk imports through their statuses
  });

  const stock = await client.stock.get('9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10').catch((error) => {
    if (isNotFoundError(error)) return undefined;
    throw error;
  });
  process.stdout.write(`stock: ${JSON.stringify(stock?.attributes.locations)}\n`);

  const file = new URL('../data/stock.jsonl', import.meta.url).pathname;
  const summary = await importFile(client, file, { externalRef: 'quick-start', intervalMs: 200 });
  process.stdout.write(
    `imported ${summary.imported} of ${summary.products}; ${summary.errorCount} line errors\n`,
  );
} finally {
  await mock.stop();
}
