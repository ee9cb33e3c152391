import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../schema.js';
import { undescribedSchemaParts } from './schema-descriptions.js';

describe('undescribedSchemaParts', () => {
  it('names every undescribed type, field, argument and input field, and leaves out roots, built-ins and enum values', () => {
    const schema = buildSchema(`
      type Query { "Described." thing(id: ID!, "Described." q: String): Thing, bare: Kind }
      "A thing." type Thing { "Its name." name: String!, size: Int }
      enum Kind { A B }
      "Described." input Filter { "Described." a: String, b: Int }
      type Mutation { "Described." save(filter: Filter): Boolean }
      scalar Date
    `);
    expect(undescribedSchemaParts(schema)).toEqual([
      'Query.thing(id)',
      'Query.bare',
      'Thing.size',
      'Kind',
      'Filter.b',
      'Mutation.save(filter)',
      'Date',
    ]);
  });

  it('accepts a fully described schema', () => {
    const schema = buildSchema(`type Query { "Described." ok(" A flag." on: Boolean): Boolean }`);
    expect(undescribedSchemaParts(schema)).toEqual([]);
  });

  it('finds nothing undescribed in the app schema (what `npm run schema:check` enforces)', async () => {
    expect(undescribedSchemaParts(await buildAppSchema())).toEqual([]);
  });
});
