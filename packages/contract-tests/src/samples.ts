/** Ids and bodies that satisfy the document, shared by the contract tests. */
export const ids = {
  product: '9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10',
  transaction: '5b0e7d3c-2f1a-4e8b-9d6c-7a3f2e1b0c94',
  location: '0c4e9a7b-1d2f-4a3b-8c5d-6e7f8a9b0c1d',
  import: '2b8e4f6a-9c1d-4e3f-a7b5-0d2c4e6f8a1b',
};

/** A small, valid import file. */
export const sampleJsonl = [
  {
    id: ids.product,
    locations: { 'dublin-warehouse': { total: 65 }, 'cork-store': { total: 35 } },
  },
  { id: '3d2a8b41-7c6e-4f19-a5d3-0e9b8c7a6f52', locations: { 'cork-store': { total: 12 } } },
]
  .map(({ id, locations }) =>
    JSON.stringify({ data: { type: 'stock', id, attributes: { locations } } }),
  )
  .join('\n')
  .concat('\n');

export const inventoryHeaders = {
  Authorization: 'Bearer contract-test-token',
  'EP-Inventories-Multi-Location': 'true',
} as const;

/** Builds the multipart body of CreateImport. */
export function importForm(parts: { file?: string; externalRef?: string }): FormData {
  const form = new FormData();
  if (parts.file !== undefined) {
    const blob = new Blob([parts.file], { type: 'application/x-ndjson' });
    form.append('import_file', blob, 'stock.jsonl');
  }
  if (parts.externalRef !== undefined) form.append('external_ref', parts.externalRef);
  return form;
}
