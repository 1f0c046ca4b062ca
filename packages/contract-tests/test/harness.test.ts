import { describe, expect, inject, test } from 'vitest';
import { importForm, inventoryHeaders, sampleJsonl } from '../src/samples.js';
import { schemaErrors } from '../src/spec.js';

const { baseUrl } = inject('target');
const importsUrl = `${baseUrl}/v2/inventories/imports`;

function postImport(body: FormData, headers: Record<string, string> = inventoryHeaders) {
  return fetch(importsUrl, { method: 'POST', headers, body });
}

// The accepted uploads carry a made-up token and would be forwarded to a live store as real
// imports; the refused ones never leave Prism, so they hold in both modes.
const mockOnly = { tags: ['mock-only'] };

// Multipart requests run one at a time: Prism is unreliable with parallel multipart uploads.
describe.sequential('the mock enforces the CreateImport contract', () => {
  test(
    'a multipart upload of a valid JSONL file is accepted without violations',
    mockOnly,
    async () => {
      const response = await postImport(importForm({ file: sampleJsonl, externalRef: 'harness' }));

      expect(response.headers.get('sl-violations')).toBeNull();
      expect(response.status).toBe(201);
      expect(schemaErrors('CreateImport', 201, await response.json())).toEqual([]);
    },
  );

  test('an external_ref of exactly 2,048 characters is accepted', mockOnly, async () => {
    const response = await postImport(
      importForm({ file: sampleJsonl, externalRef: 'r'.repeat(2048) }),
    );
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.status).toBe(201);
  });

  test.each([
    {
      title: 'without import_file',
      body: () => importForm({ externalRef: 'no-file' }),
      headers: inventoryHeaders,
      violation: 'import_file',
    },
    {
      title: 'without the multi-location header',
      body: () => importForm({ file: sampleJsonl }),
      headers: { Authorization: inventoryHeaders.Authorization },
      violation: 'ep-inventories-multi-location',
    },
    {
      title: 'with a 2,049-character external_ref',
      body: () => importForm({ file: sampleJsonl, externalRef: 'r'.repeat(2049) }),
      headers: inventoryHeaders,
      violation: 'external_ref',
    },
  ])('a request $title is rejected', async ({ body, headers, violation }) => {
    const response = await postImport(body(), headers);
    const text = await response.text();

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const violations = response.headers.get('sl-violations') ?? text;
    expect(violations.toLowerCase()).toContain(violation);
  });
});

describe('the mock enforces paging limits', () => {
  const listUrl = (query: string) => `${baseUrl}/v2/inventories?${query}`;

  test.each([
    { query: 'page[offset]=10000&page[limit]=100', want: 200 },
    { query: 'page[limit]=101', want: 422 },
    { query: 'page[offset]=10001', want: 422 },
    { query: 'page[limit]=0', want: 422 },
  ])('$query → $want', { tags: ['mock-only'] }, async ({ query, want }) => {
    const response = await fetch(listUrl(query), { headers: inventoryHeaders });
    await response.body?.cancel();
    expect(response.status).toBe(want);
  });
});
