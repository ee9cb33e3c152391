import DataLoader from 'dataloader';
import { wrap, type Collection } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { NotFoundError } from './errors.js';
import { viewMapper, type View } from './rows.js';

/**
 * A to-one reference for a field resolver: itself if the unit of work has it loaded already, else a read-only
 * view of its row (common/rows.ts), read in one query per entity type and operation for all the references a
 * page holds. Going through em.findOne per row cost a list page about half a millisecond per field and item,
 * and hydrating the entities most of the rest (bench/event-list.ts, bench/mixed.ts).
 */
export function loadedView<T extends object>(ctx: Pick<Context, 'em' | 'memo'>, reference: T): Promise<T | View<T>> {
  const wrapped = wrap(reference, true);
  if (wrapped.isInitialized()) return Promise.resolve(reference);
  const meta = wrapped.__meta;
  return ctx
    .memo(`view:${meta.className}`, async () => {
      const view = viewMapper(ctx.em, meta.class);
      const column = meta.properties[meta.primaryKeys[0]!]!.fieldNames[0]!;
      return new DataLoader<string, View<T> | undefined>(async (ids) => {
        const rows = await ctx.em.execute<Record<string, unknown>[]>(`select * from ${meta.tableName} where ${column} in (${ids.map(() => '?').join(', ')})`, [...ids]);
        const byId = new Map(rows.map((row) => [String(row[column]), view(row)]));
        return ids.map((id) => byId.get(id));
      });
    })
    .then(async (loader) => {
      const found = await loader.load(String(wrapped.getPrimaryKey()));
      if (!found) throw new NotFoundError(meta.className.toLowerCase());
      return found;
    });
}

/** A collection's items, loaded if the list query did not populate it, in the given order. */
export async function loadedItems<T extends object>(collection: Collection<T>, order: (a: T, b: T) => number): Promise<T[]> {
  const items = collection.isInitialized() ? collection.getItems() : (await collection.load()).getItems();
  return [...items].sort(order);
}
