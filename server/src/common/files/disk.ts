import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertKey, assertPrefix, type FileStorage } from './storage.js';

/** Files under one folder (`<DATA_DIR>/files`), a key being the path inside it. Written to a temporary name and
 * renamed, so a reader never sees half a file. */
export class DiskStorage implements FileStorage {
  readonly kind = 'disk' as const;
  constructor(readonly root: string) {}

  private path(key: string): string {
    return join(this.root, assertKey(key));
  }

  async put(key: string, body: Buffer | Readable): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now().toString(36)}.part`;
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(temporary));
      await rename(temporary, path);
    } catch (err) {
      await rm(temporary, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable | null> {
    const path = this.path(key);
    if ((await this.size(key)) === null) return null;
    return createReadStream(path);
  }

  async size(key: string): Promise<number | null> {
    try {
      const s = await stat(this.path(key));
      return s.isFile() ? s.size : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<void> {
    await rm(join(this.root, assertPrefix(prefix)), { recursive: true, force: true });
  }

  async *list(prefix = ''): AsyncIterable<{ key: string; size: number }> {
    const start = prefix ? join(this.root, assertPrefix(prefix)) : this.root;
    const entries = await readdir(start, { recursive: true, withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [];
      throw err;
    });
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.endsWith('.part')) continue;
      const path = join(entry.parentPath, entry.name);
      yield { key: relative(this.root, path).split(sep).join('/'), size: (await stat(path)).size };
    }
  }

  async check(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }
}
