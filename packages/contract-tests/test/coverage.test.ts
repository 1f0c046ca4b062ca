import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { coverageGaps, findDeclarations, scanTestFiles } from '../src/coverage.js';
import { listOperations } from '../src/spec.js';

const documented = listOperations().map((operation) => operation.id);
const scan = scanTestFiles(fileURLToPath(new URL('.', import.meta.url)));

describe('the coverage gate', () => {
  test('every operation of the document has a contract test, and no test names another', () => {
    expect(scan.problems).toEqual([]);
    expect(coverageGaps(documented, scan.declared)).toEqual({ untested: [], unknown: [] });
  });

  test('names an operation once its tests are gone', () => {
    const declared = scan.declared.filter((id) => id !== 'GetImportErrors');
    expect(coverageGaps(documented, declared)).toEqual({
      untested: ['GetImportErrors'],
      unknown: [],
    });
  });
});

describe('coverageGaps', () => {
  test.for([
    {
      title: 'every operation declared, some twice',
      given: { documented: ['A', 'B'], declared: ['B', 'A', 'B'] },
      want: { untested: [], unknown: [] },
    },
    {
      title: 'an operation without a test',
      given: { documented: ['A', 'B', 'C'], declared: ['C', 'A'] },
      want: { untested: ['B'], unknown: [] },
    },
    {
      title: 'a test of an operation the document lacks',
      given: { documented: ['A'], declared: ['A', 'Gone'] },
      want: { untested: [], unknown: ['Gone'] },
    },
    {
      title: 'no tests at all',
      given: { documented: ['B', 'A'], declared: [] },
      want: { untested: ['A', 'B'], unknown: [] },
    },
  ])('reports $title', ({ given, want }) => {
    expect(coverageGaps(given.documented, given.declared)).toEqual(want);
  });
});

describe('findDeclarations', () => {
  test.for([
    {
      title: 'a declaration with a test',
      given: "describeOperation('GetStock', () => { test('reads', async () => {}); });",
      want: { declared: ['GetStock'], problems: [] },
    },
    {
      title: 'a declaration with a table of tests',
      given: "describeOperation('GetStock', () => { test.for(rows)('$title', () => {}); });",
      want: { declared: ['GetStock'], problems: [] },
    },
    {
      title: 'a commented-out declaration',
      given: "// describeOperation('GetStock', () => { test('reads', () => {}); });",
      want: { declared: [], problems: [] },
    },
    {
      title: 'a declaration whose only test is skipped',
      given: "describeOperation('GetStock', () => { test.skip('reads', () => {}); });",
      want: { declared: [], problems: ['t.ts:1: GetStock has no test that runs'] },
    },
    {
      title: 'a declaration without tests',
      given: "\ndescribeOperation('GetStock', () => {});",
      want: { declared: [], problems: ['t.ts:2: GetStock has no test that runs'] },
    },
    {
      title: 'an id that is not a literal',
      given: 'describeOperation(name, () => { test("reads", () => {}); });',
      want: { declared: [], problems: ['t.ts:1: the operationId is not a string literal'] },
    },
  ])('reads $title', ({ given, want }) => {
    expect(findDeclarations(given, 't.ts')).toEqual(want);
  });
});
