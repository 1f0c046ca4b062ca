import { afterEach, assert, describe } from 'vitest';
import { exchangesOf } from './session.js';
import { findOperation } from './spec.js';

/**
 * Groups the contract tests of one operation. The coverage gate reads these calls from the
 * test files, so the id must be written as a string literal. Each test inside must call the
 * operation through a `contractSession` client, or it fails.
 */
export function describeOperation(operationId: string, tests: () => void): void {
  const { method, path } = findOperation(operationId);

  describe(`${operationId} (${method.toUpperCase()} ${path})`, () => {
    afterEach(({ task }) => {
      const sent = exchangesOf(task)?.map((exchange) => exchange.operationId) ?? [];
      assert(sent.includes(operationId), `the test sent no ${operationId} request`);
    });
    tests();
  });
}
