import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** What a scan of test files found: the operations declared, and calls it could not count. */
export interface Scan {
  declared: string[];
  problems: string[];
}

const helperName = 'describeOperation';
const testNames = new Set(['test', 'it']);
const notRun = new Set(['skip', 'todo']);

// Reads `test(...)`, `test.for(rows)(...)` or `it.each(rows)(...)` back to `test` or `it`. A
// skipped or todo test is not a test of the operation.
function isTestCall(call: ts.CallExpression): boolean {
  let node: ts.Expression = call.expression;
  for (;;) {
    if (ts.isIdentifier(node)) return testNames.has(node.text);
    if (ts.isCallExpression(node)) node = node.expression;
    else if (!ts.isPropertyAccessExpression(node) || notRun.has(node.name.text)) return false;
    else node = node.expression;
  }
}

function containsTest(node: ts.Node): boolean {
  if (ts.isCallExpression(node) && isTestCall(node)) return true;
  return ts.forEachChild(node, containsTest) ?? false;
}

const isHelperCall = (call: ts.CallExpression) =>
  ts.isIdentifier(call.expression) && call.expression.text === helperName;

function record(call: ts.CallExpression, tree: ts.SourceFile, scan: Scan): void {
  const [id, tests] = call.arguments;
  const { line } = tree.getLineAndCharacterOfPosition(call.getStart(tree));
  const where = `${tree.fileName}:${line + 1}`;

  if (!id || !ts.isStringLiteralLike(id)) {
    scan.problems.push(`${where}: the operationId is not a string literal`);
  } else if (!tests || !containsTest(tests)) {
    scan.problems.push(`${where}: ${id.text} has no test that runs`);
  } else {
    scan.declared.push(id.text);
  }
}

/** Finds the `describeOperation` calls of one test file by parsing it, so comments do not count. */
export function findDeclarations(source: string, fileName: string): Scan {
  const tree = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const scan: Scan = { declared: [], problems: [] };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isHelperCall(node)) record(node, tree, scan);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return scan;
}

/** Scans every `*.test.ts` file under a directory. */
export function scanTestFiles(directory: string): Scan {
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .sort();

  const scan: Scan = { declared: [], problems: [] };
  for (const file of files) {
    const found = findDeclarations(readFileSync(join(directory, file), 'utf8'), file);
    scan.declared.push(...found.declared);
    scan.problems.push(...found.problems);
  }
  return scan;
}

/** Operations of the document no test declares, and declared ids the document lacks. */
export function coverageGaps(
  documented: readonly string[],
  declared: readonly string[],
): { untested: string[]; unknown: string[] } {
  const tested = new Set(declared);
  const known = new Set(documented);
  return {
    untested: documented.filter((id) => !tested.has(id)).sort(),
    unknown: [...tested].filter((id) => !known.has(id)).sort(),
  };
}
