import { wrap, type Collection, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import { NotFoundError } from '../errors.js';
import { thenMaybe, type MaybePromise } from '../maybe-promise.js';
import { defineLoader, type Loader, type ReadContext } from './memo.js';
import { pgArray, referencedEntity, viewColumns, viewMapper, type Row, type View } from './rows.js';

/**
 * A to-one reference for a field resolver: itself if it is a loaded entity, else a read-only view of its row
 * (rows.ts), read in one query per entity type and operation for all the references a page holds.
 * Going through em.findOne per row cost a list page about half a millisecond per field and item, and
 * hydrating the entities most of the rest (bench/event-list.ts, bench/mixed.ts). The reference is a view's
 * (`ViewReference`) or an uninitialised entity's. A view the operation has read already (`preloadViews`, or an
 * earlier field) is answered as it is, without a promise (`MaybePromise`).
 */
export function loadedView<T extends object>(ctx: ReadContext, reference: T): MaybePromise<T | View<T>> {
  let entity = referencedEntity(reference);
  if (!entity) {
    const wrapped = wrap(reference, true);
    if (wrapped.isInitialized()) return reference;
    entity = wrapped.__meta.class;
  }
  const meta = ctx.em.getMetadata().get<T>(entity.name);
  const id = String((reference as Record<string, unknown>)[meta.primaryKeys[0]!]);
  return thenMaybe(views(ctx, meta).get(id), (found) => {
    if (!found) throw new NotFoundError(meta.className.toLowerCase());
    return found;
  });
}

/** Reads the views of these rows (one statement, shared with other loads of the type in the same tick), so
 * `loadedView` answers their references at once: a list calls it for its page's related rows. */
export async function preloadViews<T extends object>(ctx: ReadContext, entity: EntityClass<T>, ids: Iterable<string>): Promise<void> {
  await views(ctx, ctx.em.getMetadata().get<T>(entity.name)).preload(ids);
}

/**
 * A select column holding, as a JSON array, the rows of `entity` that `condition` picks (their alias is `x`; the
 * statement's own aliases are in scope): a page's related rows read with it (a message's author, an event's hosts),
 * so its fields need no statement of their own. `rememberRelated` records them.
 */
export function relatedRowsColumn(em: ReadContext['em'], entity: EntityClass<object>, condition: string, as: string): string {
  const table = em.getMetadata().get(entity.name).tableName;
  return `(select coalesce(json_agg(x), '[]') from (select ${viewColumns(em, entity, 'x')} from ${table} x where ${condition}) x) as ${as}`;
}

/** Records, each once, the views of the related rows that `relatedRowsColumn` read into column `as` of `rows`. */
export function rememberRelated<T extends object>(ctx: ReadContext, entity: EntityClass<T>, rows: readonly Record<string, unknown>[], as: string): void {
  const meta = ctx.em.getMetadata().get<T>(entity.name);
  const [view, key, loader, seen] = [viewMapper(ctx.em, entity), meta.properties[meta.primaryKeys[0]!]!.fieldNames[0]!, views(ctx, meta), new Set<string>()];
  for (const row of rows) {
    for (const related of row[as] as Row[]) {
      const id = String(related[key]);
      if (seen.has(id)) continue;
      seen.add(id);
      loader.prime(id, view(related) as View<T>);
    }
  }
}

/** Records a view the operation has read another way (a write's answer), for `loadedView`. */
export function rememberView<T extends object>(ctx: ReadContext, entity: EntityClass<T>, view: View<T>): void {
  const meta = ctx.em.getMetadata().get<T>(entity.name);
  views(ctx, meta).prime(String((view as Record<string, unknown>)[meta.primaryKeys[0]!]), view);
}

const viewLoaders = new WeakMap<EntityMetadata, (ctx: ReadContext) => Loader<string, View<object> | undefined>>();

/** The operation's loader of one entity type's views by primary key (one loader kind per entity type). */
function views<T extends object>(ctx: ReadContext, meta: EntityMetadata<T>): Loader<string, View<T> | undefined> {
  let kind = viewLoaders.get(meta);
  if (!kind) {
    const key = meta.properties[meta.primaryKeys[0]!]!;
    const column = key.fieldNames[0]!;
    // The ids as one array parameter: one statement text whatever their number (prepared once: prepared-statements.ts).
    const sql = `select ${viewColumns(ctx.em, meta.class, 't')} from ${meta.tableName} t where t.${column} = any(?::${key.columnTypes[0]}[])`;
    kind = defineLoader(async (ctx: ReadContext, ids: readonly string[]) => {
      const view = viewMapper(ctx.em, meta.class);
      const rows = await ctx.em.execute<Record<string, unknown>[]>(sql, [pgArray(ids)]);
      const byId = new Map(rows.map((row) => [String(row[column]), view(row)]));
      return ids.map((id) => byId.get(id));
    });
    viewLoaders.set(meta, kind);
  }
  // Kinds by entity type in one map: the one for `meta` reads `meta`'s rows, so its views are View<T>.
  return kind(ctx) as Loader<string, View<T> | undefined>;
}

/** A collection's items, loaded if the list query did not populate it, in the given order. */
export async function loadedItems<T extends object>(collection: Collection<T>, order: (a: T, b: T) => number): Promise<T[]> {
  const items = collection.isInitialized() ? collection.getItems() : (await collection.load()).getItems();
  return [...items].sort(order);
}
