import DataLoader from 'dataloader';
import { wrap, type Collection } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { NotFoundError } from './errors.js';
import { referencedEntity, viewMapper, type View } from './rows.js';

/**
 * A to-one reference for a field resolver: itself if it is a loaded entity, else a read-only view of its row
 * (common/rows.ts), read in one query per entity type and operation for all the references a page holds.
 * Going through em.findOne per row cost a list page about half a millisecond per field and item, and
 * hydrating the entities most of the rest (bench/event-list.ts, bench/mixed.ts). The reference is a view's
 * (`ViewReference`) or an uninitialised entity's.
 */
export function loadedView<T extends object>(ctx: Pick<Context, 'em' | 'memo'>, reference: T): Promise<T | View<T>> {
  let entity = referencedEntity(reference);
  if (!entity) {
    const wrapped = wrap(reference, true);
    if (wrapped.isInitialized()) return Promise.resolve(reference);
    entity = wrapped.__meta.class;
  }
  const meta = ctx.em.getMetadata().get(entity.name);
  const key = meta.primaryKeys[0]!;
  return ctx
    .memo(`view:${meta.className}`, async () => {
      const view = viewMapper(ctx.em, meta.class);
      const column = meta.properties[key]!.fieldNames[0]!;
      return new DataLoader<string, View<T> | undefined>(async (ids) => {
        const rows = await ctx.em.execute<Record<string, unknown>[]>(`select * from ${meta.tableName} where ${column} in (${ids.map(() => '?').join(', ')})`, [...ids]);
        const byId = new Map(rows.map((row) => [String(row[column]), view(row) as View<T>]));
        return ids.map((id) => byId.get(id));
      });
    })
    .then(async (loader) => {
      const found = await loader.load(String((reference as Record<string, unknown>)[key]));
      if (!found) throw new NotFoundError(meta.className.toLowerCase());
      return found;
    });
}

/** A collection's items, loaded if the list query did not populate it, in the given order. */
export async function loadedItems<T extends object>(collection: Collection<T>, order: (a: T, b: T) => number): Promise<T[]> {
  const items = collection.isInitialized() ? collection.getItems() : (await collection.load()).getItems();
  return [...items].sort(order);
}
