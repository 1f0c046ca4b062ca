import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startPrism } from '../src/index.js';

function isRunning(url: string): Promise<boolean> {
  return fetch(`${url}/v2/inventories`).then(
    () => true,
    () => false,
  );
}

describe('startPrism', () => {
  test('serves the document on a loopback port and stops cleanly', async () => {
    const server = await startPrism();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.mode).toBe('mock');

    const response = await fetch(`${server.url}/v2/inventories/locations`, {
      headers: { Authorization: 'Bearer t', 'EP-Inventories-Multi-Location': 'true' },
    });
    expect(response.status).toBe(200);

    await server.stop();
    expect(await isRunning(server.url)).toBe(false);
    await server.stop();
  });

  test('two servers run side by side on different ports', async () => {
    const [first, second] = await Promise.all([startPrism(), startPrism()]);
    try {
      expect(first.url).not.toBe(second.url);
      expect(await isRunning(first.url)).toBe(true);
      expect(await isRunning(second.url)).toBe(true);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  test('a document Prism cannot load fails with what Prism printed', async () => {
    const spec = join(tmpdir(), `broken-${process.pid}.yaml`);
    await writeFile(spec, 'openapi: 3.1.0\npaths: [not, a, map]\n');

    await expect(startPrism({ spec, readyTimeoutMs: 15_000 })).rejects.toThrow(
      /Prism did not start[\s\S]*--- Prism output ---/,
    );
  });
});

const entry = new URL('../dist/index.js', import.meta.url).href;

describe('no mock outlives its owner', () => {
  test.each(['SIGTERM', 'SIGINT'])(
    'a process stopped with %s takes its Prism with it',
    async (signal) => {
      const script = [
        `import { startPrism } from ${JSON.stringify(entry)};`,
        'const server = await startPrism();',
        'process.stdout.write(server.url + "\\n");',
        'setInterval(() => {}, 1000);',
      ].join('\n');
      const owner = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const url = await new Promise<string>((resolve) =>
        owner.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
      );
      expect(await isRunning(url)).toBe(true);

      owner.kill(signal as NodeJS.Signals);
      await new Promise((resolve) => owner.once('exit', resolve));
      await expect.poll(() => isRunning(url), { timeout: 10_000 }).toBe(false);
    },
  );
});
