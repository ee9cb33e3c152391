import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema.js';

describe('the schema’s field resolvers', () => {
  it('reads plain property fields straight from their object, and keeps the resolvers of field resolvers and operations', async () => {
    const schema = await buildAppSchema();
    const event = schema.getType('Event') as GraphQLObjectType;
    // Plain properties: graphql-js's default resolver, no type-graphql wrapper (readPlainFieldsDirectly).
    expect(event.getFields().title!.resolve).toBeUndefined();
    expect(event.getFields().startsAt!.resolve).toBeUndefined();
    // A field resolver (a method of the resolver class) and an operation behind a role keep theirs.
    expect(event.getFields().viewerCan!.resolve).toBeTypeOf('function');
    expect(schema.getMutationType()!.getFields().grantApplicationSubmit!.resolve).toBeTypeOf('function');
    // Plain fields across the schema are read directly too, not only the event's.
    const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
    const plain = objectTypes.flatMap((t) => Object.values(t.getFields()).filter((f) => !f.resolve));
    expect(plain.length).toBeGreaterThan(500);
  });
});
