import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createLogger } from '../common/logger.js';
import { migrationsDir } from '../common/paths.js';
import { createScratchDatabase, openScratchServer } from '../db/scratch.js';
import { createOrm, migrate } from '../orm.js';

// `create`: writes a migration for what the entities changed since the last snapshot, and lists it.
// `check`:  applies every migration to an empty database and fails if the entities still differ from it.
const command = process.argv[2];
if (command !== 'create' && command !== 'check') {
  console.error('usage: migration.ts create|check');
  process.exit(2);
}
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const server = await openScratchServer(logger);
const db = await createScratchDatabase(server.url, `migration_${command}`);
const orm = await createOrm(db.url);
let exitCode = 0;
try {
  await migrate(orm);
  if (command === 'create') {
    const result = await orm.getMigrator().createMigration(migrationsDir);
    if (!result.fileName) {
      console.log('No changes: the entities match the migrations.');
    } else {
      registerMigration(result.fileName);
      console.log(`wrote migrations/${basename(result.fileName)}; review it, then commit it with migrations/.snapshot.json`);
    }
  } else {
    const pending = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    if (pending.trim()) {
      console.error('The entities differ from what the migrations build. Run `npm run migration:create`.\n' + pending);
      exitCode = 1;
    } else {
      console.log('Migrations are complete: the migrated schema matches the entities.');
    }
  }
} finally {
  await orm.close();
  await db.drop();
  await server.stop();
}
process.exit(exitCode);

/** Adds the new class to migrations/index.ts, the one list both tsx and the built server run. */
function registerMigration(fileName: string) {
  const name = basename(fileName).replace(/\.ts$/, '');
  const source = readFileSync(join(migrationsDir, `${name}.ts`), 'utf8');
  const className = /export class (\w+)/.exec(source)?.[1];
  if (!className) throw new Error(`no class in ${fileName}`);
  const indexFile = join(migrationsDir, 'index.ts');
  let index = readFileSync(indexFile, 'utf8');
  index = index.replace('// <imports>', `import { ${className} } from './${name}.js';\n// <imports>`);
  index = index.replace('  // <list>', `  { name: '${name}', class: ${className} },\n  // <list>`);
  writeFileSync(indexFile, index);
}
