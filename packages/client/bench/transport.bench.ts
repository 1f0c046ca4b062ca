/**
 * Prints what the client adds to each request over plain fetch, against a local server.
 *
 *   pnpm --filter @ep-inventories/client bench [-- --requests 5000]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createInventoriesClient } from '../src/index.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '5000' } } });
const requests = Number(values.requests);
const productId = '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10';
const body = JSON.stringify({
  data: { id: productId, type: 'stock', attributes: { available: 1, allocated: 0, total: 1 } },
});

const server = createServer((_, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const baseUrl = `http://127.0.0.1:${port}`;

async function measure(name: string, send: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await send();
  const started = performance.now();
  for (let i = 0; i < requests; i++) await send();
  const perRequest = ((performance.now() - started) * 1000) / requests;
  const rate = Math.round(1_000_000 / perRequest).toLocaleString('en');
  console.log(`${name.padEnd(34)} ${perRequest.toFixed(0).padStart(5)} µs a request, ${rate}/s`);
  return perRequest;
}

const url = `${baseUrl}/v2/inventories/${productId}`;
const headers = { Authorization: 'Bearer t', 'EP-Inventories-Multi-Location': 'true' };
const raw = await measure('fetch + JSON.parse', async () => (await fetch(url, { headers })).json());

const client = createInventoriesClient({ baseUrl, credentials: { accessToken: 'bench-token' } });
const helper = await measure('client.stock.get', () => client.stock.get(productId));

console.log(
  `client overhead: ${(helper - raw).toFixed(0)} µs a request (${requests} sequential requests)`,
);
server.close();
