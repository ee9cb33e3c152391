import type { FileStorage } from './storage.js';

export interface MigrationReport {
  copied: number;
  skipped: number;
  bytes: number;
}

/**
 * Copies every file of `from` to `to` under the same key, skipping those `to` already holds at the same size (so it
 * can run again after an interruption, or once more right before switching over). Each copy is checked by its
 * size afterwards. Nothing is deleted from `from`: remove the old folder once the app runs on the new storage.
 */
export async function migrateFiles(from: FileStorage, to: FileStorage, onFile: (key: string, copied: boolean) => void = () => {}): Promise<MigrationReport> {
  await to.check();
  const report: MigrationReport = { copied: 0, skipped: 0, bytes: 0 };
  for await (const { key, size } of from.list()) {
    if ((await to.size(key)) === size) {
      report.skipped++;
      onFile(key, false);
      continue;
    }
    const body = await from.get(key);
    if (!body) continue; // removed meanwhile
    await to.put(key, body, { size });
    const copied = await to.size(key);
    if (copied !== size) throw new Error(`copy of ${key} has ${copied} bytes, not ${size}`);
    report.copied++;
    report.bytes += size;
    onFile(key, true);
  }
  return report;
}
