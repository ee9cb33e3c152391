import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schemaFile } from '../common/paths.js';
import { buildAppSchema } from '../schema.js';

// Emits schema/schema.graphql from the code (`--check`: fails when the committed file differs).
const HEADER = '# Generated from the server code by `npm run schema:emit`. Do not edit by hand.\n\n';
const sdl = HEADER + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';

if (process.argv.includes('--check')) {
  const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
  if (committed !== sdl) {
    console.error(`schema/schema.graphql is out of date with the server code. Run \`npm run schema:emit\` and commit it.`);
    process.exit(1);
  }
  console.log('schema/schema.graphql is current.');
} else {
  mkdirSync(dirname(schemaFile), { recursive: true });
  writeFileSync(schemaFile, sdl);
  console.log(`wrote ${schemaFile}`);
}
