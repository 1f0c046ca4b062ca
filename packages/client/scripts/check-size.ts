/**
 * Fails when the main entry, minified and gzipped with openapi-fetch included, exceeds its
 * budget. Run by `pnpm check`.
 */
import { gzipSync } from 'node:zlib';
import { bundleMainEntry } from './bundle.js';

const budgetBytes = 12 * 1024;

const code = await bundleMainEntry('esm');
const minified = Buffer.byteLength(code);
const gzipped = gzipSync(code, { level: 9 }).byteLength;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;
console.log(
  `main entry: ${kb(minified)} minified, ${kb(gzipped)} min+gzip (budget ${kb(budgetBytes)})`,
);

if (gzipped > budgetBytes) {
  console.error('The main entry is over its size budget.');
  process.exitCode = 1;
}
