import { resolve } from 'node:path';
import { createLogger } from '../common/logger.js';
import { ConfigError, loadConfig } from '../config.js';
import { backupEmbedded } from '../ops/backup.js';

/**
 * `npm run backup [-- <folder>]`: a consistent copy of the embedded database, the uploaded files and the session
 * secret, taken while the server runs (or not). Default folder: backups/samhandling-<date and time>.
 */
try {
  const config = loadConfig();
  const out = resolve(process.argv[2] ?? `backups/samhandling-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`);
  const manifest = await backupEmbedded(config, out, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  console.log(`Backup written to ${out}: PostgreSQL ${manifest.postgresVersion} (WAL ${manifest.startLsn} to ${manifest.stopLsn}), ${manifest.files} uploaded files, ${(manifest.bytes / 1e6).toFixed(1)} MB in all.`);
  console.log('Keep it somewhere else (it holds every account and the session secret). Restore with: npm run restore -- ' + out);
  process.exit(0);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `backup failed: ${(err as Error).message}`);
  process.exit(1);
}
