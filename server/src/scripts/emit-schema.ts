import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schemaFile } from '../common/paths.js';
import { buildAppSchema } from '../schema.js';
import { undescribedSchemaParts } from './schema-descriptions.js';

// Emits schema/schema.graphql from the code (`--check`: fails when the committed file differs, or when a type,
// field, argument or input field has no description).
const HEADER = '# Generated from the server code by `npm run schema:emit`. Do not edit by hand.\n\n';
const schema = lexicographicSortSchema(await buildAppSchema());
const sdl = HEADER + printSchema(schema) + '\n';

if (process.argv.includes('--check')) {
  let failed = false;
  const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
  if (committed !== sdl) {
    console.error(`schema/schema.graphql is out of date with the server code. Run \`npm run schema:emit\` and commit it.`);
    failed = true;
  }
  const undescribed = undescribedSchemaParts(schema);
  if (undescribed.length) {
    console.error(`${undescribed.length} part(s) of the schema have no description (give one in the type-graphql decorator):`);
    for (const part of undescribed) console.error(`  ${part}`);
    console.error(`${undescribed.length} undescribed.`);
    failed = true;
  }
  if (failed) process.exit(1);
  console.log('schema/schema.graphql is current and fully described.');
} else {
  mkdirSync(dirname(schemaFile), { recursive: true });
  writeFileSync(schemaFile, sdl);
  console.log(`wrote ${schemaFile}`);
}
