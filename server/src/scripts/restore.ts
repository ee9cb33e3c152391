import { resolve } from 'node:path';
import { createLogger } from '../common/logger.js';
import { ConfigError, loadConfig } from '../config.js';
import { restoreEmbedded } from '../ops/backup.js';

/**
 * `npm run restore -- <folder> [--replace]`: puts a backup made by `npm run backup` into DATA_DIR (stop the server
 * first). Without --replace the data folder must hold no database; with it, the existing one is moved aside.
 */
try {
  const args = process.argv.slice(2);
  const from = args.find((a) => !a.startsWith('--'));
  if (!from) {
    console.error('usage: npm run restore -- <backup folder> [--replace]');
    process.exit(2);
  }
  const config = loadConfig();
  const manifest = await restoreEmbedded(config, resolve(from), createLogger(process.env.LOG_LEVEL ?? 'warn'), { replace: args.includes('--replace') });
  console.log(`Restored the backup of ${manifest.createdAt} into ${config.dataDir}. Start the server with npm start.`);
  process.exit(0);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `restore failed: ${(err as Error).message}`);
  process.exit(1);
}
