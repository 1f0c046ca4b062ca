import { build } from 'esbuild';

/**
 * Bundles the main entry with its dependencies as a browser or edge runtime would load it.
 * esbuild fails on any Node built-in, so a successful bundle is itself a portability check.
 */
export async function bundleMainEntry(format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    minify: true,
    format,
    ...(format === 'iife' ? { globalName: 'inventoriesSdk' } : {}),
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}
