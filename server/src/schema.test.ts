import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema, callFieldResolversDirectly } from './schema.js';

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

  it('calls field resolvers that take no arguments straight from graphql-js, and keeps type-graphql’s handler for those that do', async () => {
    const schema = await buildAppSchema();
    // Run again on the built schema: it finds the same fields (the handlers it replaced had resolvers to replace).
    const direct = callFieldResolversDirectly(schema);
    expect(direct).toEqual(expect.arrayContaining(['Message.viewerCan', 'Message.author', 'Event.viewerCan', 'Event.startsAtLocal', 'Event.organisation']));
    const withArguments = getMetadataStorage().fieldResolvers.filter((f) => f.params?.some((p) => p.kind === 'arg' || p.kind === 'args'));
    expect(withArguments.length).toBeGreaterThan(0);
    for (const f of withArguments) expect(direct).not.toContain(`${f.getObjectType?.().name}.${f.schemaName}`);
    expect(direct.length).toBeGreaterThan(150);
    // A direct field answers as the method does: the event's Oslo wall-clock time.
    const startsAtLocal = (schema.getType('Event') as GraphQLObjectType).getFields().startsAtLocal!.resolve!;
    expect(startsAtLocal({ startsAt: new Date('2026-07-01T08:30:00Z') }, {}, {}, {} as never)).toBe('2026-07-01T10:30');
  });
});
