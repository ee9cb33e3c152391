import DataLoader from 'dataloader';
import { wrap, type Collection } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { NotFoundError } from './errors.js';

/**
 * A to-one reference, as it is if loaded already (by the list query or the unit of work), else initialised
 * through one query per entity type and operation for all the references a page holds (list views hold
 * references, see common/rows.ts). Going through em.findOne per row cost a list page about half a millisecond
 * per field and item (bench/event-list.ts).
 */
export function loadedReference<T extends object>(ctx: Pick<Context, 'em' | 'memo'>, reference: T): Promise<T> {
  const wrapped = wrap(reference, true);
  if (wrapped.isInitialized()) return Promise.resolve(reference);
  const meta = wrapped.__meta;
  const pk = meta.primaryKeys[0]!;
  return ctx
    .memo(`reference:${meta.className}`, async () =>
      new DataLoader<unknown, object | undefined>(async (ids) => {
        // Initialises the very references the views hold (one identity map), and any others for these ids.
        const found = await ctx.em.find(meta.class, { [pk]: { $in: [...ids] } } as never);
        const byId = new Map(found.map((e) => [(e as Record<string, unknown>)[pk], e]));
        return ids.map((id) => byId.get(id));
      }),
    )
    .then(async (loader) => {
      const found = await loader.load(wrapped.getPrimaryKey());
      if (!found) throw new NotFoundError(meta.className.toLowerCase());
      return found as T;
    });
}

/** A collection's items, loaded if the list query did not populate it, in the given order. */
export async function loadedItems<T extends object>(collection: Collection<T>, order: (a: T, b: T) => number): Promise<T[]> {
  const items = collection.isInitialized() ? collection.getItems() : (await collection.load()).getItems();
  return [...items].sort(order);
}
