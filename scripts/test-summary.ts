/**
 * Prints the line CI reads, `tests: N passed, N failed`, from the JSON reports each package's
 * vitest run wrote to .vitest-results/results.json. A package with a test script but no report
 * counts as one failure: its tests did not run. Exits 1 when anything failed or nothing passed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface FileResult {
  name: string;
  status: string;
  message?: string;
  assertionResults: { status: string }[];
}

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: FileResult[];
}

const root = new URL('../', import.meta.url).pathname;

function workspaceDirs(): string[] {
  const packages = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));
  return [...packages, join(root, 'examples')].filter((dir) => {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) return false;
    const { scripts } = JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: object };
    return scripts !== undefined && 'test' in scripts;
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;

for (const dir of workspaceDirs()) {
  const reportPath = join(dir, '.vitest-results', 'results.json');
  if (!existsSync(reportPath)) {
    console.log(`no test report from ${dir.slice(root.length)}: counted as 1 failed`);
    failed += 1;
    continue;
  }

  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;

  // A file that fails to load has no failing test of its own; count it once.
  for (const file of report.testResults) {
    const hasFailingTest = file.assertionResults.some((test) => test.status === 'failed');
    if (file.status === 'failed' && !hasFailingTest) {
      console.log(`test file failed to run: ${file.name.slice(root.length)}`);
      failed += 1;
    }
  }
}

if (skipped > 0) console.log(`(${skipped} tests skipped or todo, not counted as passed)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exitCode = 1;
