import DataLoader from 'dataloader';
import { wrap, type Collection, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { Context } from '../context.js';
import type { MaybePromise } from './maybe-promise.js';
import { NotFoundError } from './errors.js';
import { pgArray, referencedEntity, viewMapper, type View } from './rows.js';

/**
 * A to-one reference for a field resolver: itself if it is a loaded entity, else a read-only view of its row
 * (common/rows.ts), read in one query per entity type and operation for all the references a page holds.
 * Going through em.findOne per row cost a list page about half a millisecond per field and item, and
 * hydrating the entities most of the rest (bench/event-list.ts, bench/mixed.ts). The reference is a view's
 * (`ViewReference`) or an uninitialised entity's. A view the operation has read already (`preloadViews`, or an
 * earlier field) is answered as it is, without a promise (`MaybePromise`).
 */
export function loadedView<T extends object>(ctx: Pick<Context, 'em' | 'memo'>, reference: T): MaybePromise<T | View<T>> {
  let entity = referencedEntity(reference);
  if (!entity) {
    const wrapped = wrap(reference, true);
    if (wrapped.isInitialized()) return reference;
    entity = wrapped.__meta.class;
  }
  const meta = ctx.em.getMetadata().get<T>(entity.name);
  const id = String((reference as Record<string, unknown>)[meta.primaryKeys[0]!]);
  const known = ctx.memo.known<View<T>>(viewKey(meta, id));
  if (known) return known;
  return viewLoader(ctx, meta).then(async (loader) => {
    const found = await loader.load(id);
    if (!found) throw new NotFoundError(meta.className.toLowerCase());
    return found;
  });
}

/** Reads the views of these rows (one statement, shared with other loads of the type in the same tick), so
 * `loadedView` answers their references at once: a list calls it for its page's related rows. */
export async function preloadViews<T extends object>(ctx: Pick<Context, 'em' | 'memo'>, entity: EntityClass<T>, ids: Iterable<string>): Promise<void> {
  const meta = ctx.em.getMetadata().get<T>(entity.name);
  const missing = [...new Set(ids)].filter((id) => !ctx.memo.known(viewKey(meta, id)));
  if (missing.length) await (await viewLoader(ctx, meta)).loadMany(missing);
}

/** Records a view the operation has read another way (a write's answer), for `loadedView`. */
export function rememberView<T extends object>(ctx: Pick<Context, 'em' | 'memo'>, entity: EntityClass<T>, view: View<T>): void {
  const meta = ctx.em.getMetadata().get<T>(entity.name);
  ctx.memo.prime(viewKey(meta, String((view as Record<string, unknown>)[meta.primaryKeys[0]!])), view);
}

const viewKey = (meta: EntityMetadata, id: string) => `view:${meta.className}:${id}`;

function viewLoader<T extends object>(ctx: Pick<Context, 'em' | 'memo'>, meta: EntityMetadata<T>): Promise<DataLoader<string, View<T> | undefined>> {
  return ctx.memo(`view:${meta.className}`, async () => {
    const view = viewMapper(ctx.em, meta.class);
    const key = meta.properties[meta.primaryKeys[0]!]!;
    const column = key.fieldNames[0]!;
    // The ids as one array parameter: one statement text whatever their number (prepared once: db/prepared-statements.ts).
    const sql = `select * from ${meta.tableName} where ${column} = any(?::${key.columnTypes[0]}[])`;
    return new DataLoader<string, View<T> | undefined>(async (ids) => {
      const rows = await ctx.em.execute<Record<string, unknown>[]>(sql, [pgArray(ids)]);
      const byId = new Map(rows.map((row) => [String(row[column]), view(row)]));
      for (const [id, found] of byId) ctx.memo.prime(viewKey(meta, id), found);
      return ids.map((id) => byId.get(id));
    });
  });
}

/** A collection's items, loaded if the list query did not populate it, in the given order. */
export async function loadedItems<T extends object>(collection: Collection<T>, order: (a: T, b: T) => number): Promise<T[]> {
  const items = collection.isInitialized() ? collection.getItems() : (await collection.load()).getItems();
  return [...items].sort(order);
}
