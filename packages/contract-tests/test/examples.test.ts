import { describe, expect, inject, test } from 'vitest';
import { sendRaw } from '../src/raw-requests.js';
import { listResponseExamples, schemaErrors } from '../src/spec.js';

const { baseUrl } = inject('target');

// With --errors, Prism answers 500 with `sl-violations` when an example breaks its own schema,
// so asking for every named example checks the document against itself.
describe.sequential('every named response example satisfies its schema', () => {
  test.for(listResponseExamples())(
    '$operationId $status $name',
    { tags: ['mock-only'] },
    async ({ operationId, status, name }) => {
      const response = await sendRaw(baseUrl, operationId, {
        Prefer: `code=${status}, example=${name}`,
      });
      const body = await response.json();

      expect(response.headers.get('sl-violations')).toBeNull();
      expect(response.status).toBe(status);
      expect(schemaErrors(operationId, status, body)).toEqual([]);
    },
  );
});
