import { describe, expect, test } from 'vitest';
import { importLineSchema, importStatuses, limits } from '../src/index.js';

describe('constants read from the document', () => {
  test.each([
    ['importMaxLines', 50_000],
    ['externalRefMaxLength', 2048],
    ['pageMaxLimit', 100],
    ['pageDefaultLimit', 25],
    ['pageMaxOffset', 10_000],
  ] as const)('%s is %d', (name, want) => {
    expect(limits[name]).toBe(want);
  });

  test('import statuses are listed in lifecycle order', () => {
    expect(importStatuses).toEqual(['pending', 'started', 'success', 'failed']);
  });

  test('the import line schema has no references left', () => {
    expect(JSON.stringify(importLineSchema)).not.toContain('$ref');
  });
});
