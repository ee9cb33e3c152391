import { ReferenceKind, type Collection, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** An entity as a list page shows it: its columns and to-one references, without its collections. */
export type View<T> = { [K in keyof T as T[K] extends Collection<never> ? never : K]: T[K] };

type Row = Record<string, unknown>;

/**
 * Maps rows of an entity's table (`select t.* …`) to plain read-only views with the entity's property
 * names, for list pages. Hydrating entities into the unit of work was most of a list request's time
 * (bench/event-list.ts: 20 events with their relations took about 7 ms of CPU, the SQL under 1 ms), and a
 * list page never changes what it shows. To-one relations become references (uninitialised entities), which
 * field resolvers load in one batch with `loadedReference`; collections are left out.
 * Writes never use views: they load entities in their transaction.
 */
export function viewMapper<T extends object>(em: EntityManager, entity: EntityClass<T>): (row: Row) => View<T> {
  const meta = em.getMetadata().get<T>(entity.name);
  const platform = em.getPlatform();
  const props = meta.props.filter(
    (p) => p.persist !== false && p.fieldNames?.length === 1 && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
  ) as EntityProperty<T>[];
  return (row) => {
    const view: Row = {};
    for (const p of props) {
      const value = row[p.fieldNames[0]!];
      if (value == null) view[p.name] = null;
      else if (p.kind !== ReferenceKind.SCALAR) view[p.name] = em.getReference(p.type, value as never);
      // As MikroORM's hydrator does: its driver leaves timestamps as strings.
      else if (p.runtimeType === 'Date') view[p.name] = value instanceof Date ? value : new Date(value as string);
      else view[p.name] = p.customType ? p.customType.convertToJSValue(value, platform) : value;
    }
    return view as View<T>;
  };
}
