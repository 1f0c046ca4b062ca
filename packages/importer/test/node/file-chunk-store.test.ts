import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FileChunkStore } from '../../src/node/index.js';

let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'chunk-store-test-'));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

/** Every file below `parent`, as paths relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('FileChunkStore', () => {
  test('writes each chunk to its own file and reads it back as a Blob', async () => {
    const store = new FileChunkStore(parent);
    const line = `${'x'.repeat(100)}\n`;
    const first = store.open(1);
    for (let i = 0; i < 20_000; i++) await first.write(line);
    const second = store.open(2);
    await second.write('last\n');

    const [a, b] = [await first.close(), await second.close()];
    expect(a.size).toBe(20_000 * line.length);
    expect(await a.slice(0, line.length).text()).toBe(line);
    expect(await b.text()).toBe('last\n');
    expect((await filesIn(parent)).sort()).toEqual(['chunk-1.jsonl', 'chunk-2.jsonl']);

    await store.dispose();
  });

  test('dispose removes every file, even of a chunk left open by a failed run', async () => {
    const store = new FileChunkStore(parent);
    await store.open(1).close();
    await store.open(2).write('partial');

    await store.dispose();
    await store.dispose();
    expect(await filesIn(parent)).toEqual([]);
  });
});
