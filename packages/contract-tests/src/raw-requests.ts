import { ids, importForm, inventoryHeaders, sampleJsonl } from './samples.js';
import { findOperation } from './spec.js';

const json = (value: unknown) => ({
  body: JSON.stringify(value),
  headers: { 'Content-Type': 'application/json' },
});

const location = { 'dublin-warehouse': { available: 10 } };

/** A valid body (and its content type) for each operation that takes one. */
const bodies: Record<string, () => { body: BodyInit; headers?: Record<string, string> }> = {
  CreateAccessToken: () => ({
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'id',
      client_secret: 's',
    }),
  }),
  CreateStock: () =>
    json({ data: { type: 'stock', id: ids.product, attributes: { locations: location } } }),
  GetStockForProducts: () => json({ data: [{ id: ids.product }] }),
  UpdateStock: () =>
    json({ data: { id: ids.product, type: 'stock', attributes: { locations: location } } }),
  CreateTransaction: () =>
    json({ data: { type: 'stock-transaction', attributes: { action: 'increment', quantity: 1 } } }),
  CreateLocation: () =>
    json({ data: { type: 'inventory_location', attributes: { name: 'Dublin', slug: 'dublin' } } }),
  UpdateLocation: () =>
    json({ data: { id: ids.location, type: 'inventory_location', attributes: { name: 'Dub' } } }),
  CreateImport: () => ({ body: importForm({ file: sampleJsonl }) }),
};

/**
 * Sends a minimal valid request for an operation straight through fetch, bypassing the client.
 * Used where the document itself is under test.
 */
export function sendRaw(
  baseUrl: string,
  operationId: string,
  headers: Record<string, string> = {},
) {
  const operation = findOperation(operationId);
  const path = operation.path
    .replace('{product_uuid}', ids.product)
    .replace('{transaction_uuid}', ids.transaction)
    .replace('{location_uuid}', ids.location)
    .replace('{import_uuid}', ids.import);

  const authHeaders = operationId === 'CreateAccessToken' ? {} : inventoryHeaders;
  const request = bodies[operationId]?.();
  return fetch(`${baseUrl}${path}`, {
    method: operation.method.toUpperCase(),
    headers: { ...authHeaders, ...request?.headers, ...headers },
    body: request?.body ?? null,
  });
}
