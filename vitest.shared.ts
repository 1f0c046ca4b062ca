import { defineConfig } from 'vitest/config';

/**
 * Settings every package's vitest config merges in. Each run also writes vitest's JSON report
 * to .vitest-results/, which .ci/run reads to print its summary line.
 */
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results/results.json' },
    // Generous: several suites start Prism at once, and CI machines may have two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
