import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { Logger } from '../logger.js';
import { DiskStorage } from './disk.js';
import { S3Storage } from './s3.js';
import type { FileStorage } from './storage.js';

export type { FileStorage } from './storage.js';
export { fileKeys } from './keys.js';

/** The storage FILE_STORAGE names: `disk` (under `<DATA_DIR>/files`) or `s3` (S3_* settings). */
export function createFileStorage(config: Pick<Config, 'dataDir' | 'fileStorage' | 's3'>, logger?: Logger): FileStorage {
  if (config.fileStorage === 's3') return new S3Storage(config.s3!, logger);
  return new DiskStorage(join(config.dataDir, 'files'));
}
