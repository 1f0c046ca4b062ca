import { openAsBlob } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChunkStore, ChunkWriter } from '../prepare/chunk-store.js';

const flushAt = 1024 * 1024;

/**
 * Keeps chunks in temporary files and hands them to the upload as file-backed Blobs, so
 * neither preparing nor uploading holds a chunk in memory. `dispose()` deletes them.
 */
export class FileChunkStore implements ChunkStore {
  #dir: Promise<string> | undefined;
  readonly #handles: Promise<FileHandle>[] = [];

  constructor(private readonly parent: string = tmpdir()) {}

  open(index: number): ChunkWriter {
    this.#dir ??= mkdtemp(join(this.parent, 'ep-inventories-'));
    const path = this.#dir.then((dir) => join(dir, `chunk-${index}.jsonl`));
    const handle = path.then((file) => open(file, 'w'));
    this.#handles.push(handle);
    return new FileChunkWriter(path, handle);
  }

  async dispose(): Promise<void> {
    // A run that failed midway may leave a chunk open; closing twice is harmless.
    const handles = this.#handles.splice(0);
    await Promise.allSettled(handles.map(async (handle) => (await handle).close()));
    const dir = this.#dir;
    this.#dir = undefined;
    if (dir) await rm(await dir, { recursive: true, force: true });
  }
}

class FileChunkWriter implements ChunkWriter {
  #parts: string[] = [];
  #size = 0;

  constructor(
    private readonly path: Promise<string>,
    private readonly handle: Promise<FileHandle>,
  ) {}

  async write(text: string): Promise<void> {
    this.#parts.push(text);
    this.#size += text.length;
    // Writing in batches keeps a 50,000-line chunk to some fifty system calls.
    if (this.#size >= flushAt) await this.#flush();
  }

  async close(): Promise<Blob> {
    await this.#flush();
    await (await this.handle).close();
    return openAsBlob(await this.path, { type: 'application/x-ndjson' });
  }

  async #flush(): Promise<void> {
    if (this.#parts.length === 0) return;
    const text = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    await (await this.handle).write(text);
  }
}
