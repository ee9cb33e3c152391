import { join } from 'node:path';
import { DiskStorage } from '../common/files/disk.js';
import { migrateFiles } from '../common/files/migrate.js';
import { S3Storage } from '../common/files/s3.js';
import { ConfigError, loadConfig } from '../config.js';

/**
 * `npm run files:migrate`: copies the uploads under `<DATA_DIR>/files` to the bucket that FILE_STORAGE=s3 and the
 * S3_* variables name (README, "Run in production"). Run it with the same environment the server will get; it can
 * run again safely, and deletes nothing.
 */
try {
  const config = loadConfig();
  if (config.fileStorage !== 's3' || !config.s3) {
    console.error('Set FILE_STORAGE=s3 and the S3_* variables of the bucket to copy the files to (see README, "Run in production").');
    process.exit(2);
  }
  const from = new DiskStorage(join(config.dataDir, 'files'));
  const to = new S3Storage(config.s3);
  console.log(`Copying ${from.root} to bucket ${config.s3.bucket}${config.s3.endpoint ? ` at ${config.s3.endpoint}` : ''} …`);
  const report = await migrateFiles(from, to, (key, copied) => {
    if (copied) console.log(`  ${key}`);
  });
  console.log(`Done: ${report.copied} copied (${(report.bytes / 1e6).toFixed(1)} MB), ${report.skipped} already there. Start the server with FILE_STORAGE=s3; then ${from.root} can be removed.`);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `files:migrate failed: ${(err as Error).message}`);
  process.exit(1);
}
