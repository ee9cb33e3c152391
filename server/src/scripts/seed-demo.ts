import 'reflect-metadata';
import { createLogger } from '../common/logger.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createOrm, migrate } from '../orm.js';
import { seedDemoIfEmpty } from '../seed/demo.js';

// `npm run seed:demo`: migrates DATABASE_URL's database (or the embedded one) and loads the demo data if it is empty.
const config = loadConfig();
const logger = createLogger(config.logLevel);
const db = await openDatabase(config, logger);
const orm = await createOrm(db.url, logger);
try {
  await migrate(orm);
  const demo = await seedDemoIfEmpty(orm, logger);
  if (!demo) console.log('The database already has users; demo data not loaded.');
  else console.log(`Demo data loaded. Logins (password ${demo.password}):\n` + demo.logins.map((l) => `  ${l.email}  ${l.role}`).join('\n'));
} finally {
  await orm.close();
  await db.stop();
}
