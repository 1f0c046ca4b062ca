import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { bundleMainEntry } from '../scripts/bundle.js';
import type * as Sdk from '../src/index.js';

/** The globals every browser, Deno, Bun and edge runtime offers; nothing from Node. */
const webGlobals = {
  AbortController,
  AbortSignal,
  Blob,
  DOMException,
  FormData,
  Headers,
  Request,
  Response,
  TextDecoder,
  TextEncoder,
  URL,
  URLSearchParams,
  clearTimeout,
  setTimeout,
};

describe('the main entry uses only web-standard APIs', () => {
  test('it bundles for the browser without any Node built-in', async () => {
    await expect(bundleMainEntry('esm')).resolves.toBeTypeOf('string');
  });

  test('it runs in a context that has web globals only', async () => {
    const script = await bundleMainEntry('iife');
    const context: Record<string, unknown> = { ...webGlobals };
    runInNewContext(script, context);
    const sdk = context.inventoriesSdk as typeof Sdk;

    const seen: string[] = [];
    const client = sdk.createInventoriesClient({
      region: 'euwest',
      credentials: { accessToken: 'edge-token' },
      fetch: async (request) => {
        seen.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`);
        return Response.json({ data: { id: 'p', type: 'stock', attributes: { total: 3 } } });
      },
    });
    const stock = await client.stock.get('p');

    expect(stock.attributes.total).toBe(3);
    expect(seen).toEqual([
      'GET https://euwest.api.elasticpath.com/v2/inventories/p Bearer edge-token',
    ]);
    expect('process' in context).toBe(false);
  });
});
