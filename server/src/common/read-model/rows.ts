import { ReferenceKind, type Collection, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MaybePromise } from '../maybe-promise.js';
import { defineLoader, type Loader, type ReadContext } from './memo.js';

/** An entity as a list page shows it: its columns and to-one references, without its collections. */
export type View<T> = { [K in keyof T as T[K] extends Collection<infer _ extends object> ? never : K]: T[K] };

export type Row = Record<string, unknown>;

const REFERENCED = Symbol('referenced entity');

/** A to-one reference in a view: the target's primary key under its property name (so MikroORM reads it as a
 * condition on the key, and policies read `.id`), and, under a symbol, the target's entity class. */
export type ViewReference = Record<string, unknown> & { [REFERENCED]: EntityClass<object> };

/** The entity class a view's to-one reference points to, or undefined for anything else (an entity). */
export function referencedEntity(value: object): EntityClass<object> | undefined {
  return (value as Partial<ViewReference>)[REFERENCED];
}

/**
 * Maps rows of an entity's table (`select t.* …`) to plain read-only views with the entity's property
 * names, for list pages. Hydrating entities into the unit of work was most of a list request's time
 * (bench/event-list.ts: 20 events with their relations took about 7 ms of CPU, the SQL under 1 ms), and a
 * list page never changes what it shows. To-one relations become `ViewReference`s, not MikroORM references
 * (each of those is an entity in the identity map: 4 % of a list request), which field resolvers load in one
 * batch with `loadedView`; collections are left out.
 * Writes never use views: they load entities in their transaction. Lazy columns (search vectors) are left out, and
 * so are hidden ones (a user's password hash: every message's author row would carry it otherwise).
 */
export function viewMapper<T extends object>(em: EntityManager, entity: EntityClass<T>): (row: Row) => View<T> {
  return shapeOf(em, entity).map as (row: Row) => View<T>;
}

/**
 * The columns a view reads, for a statement's select list (`alias.column, …`): a list page selects these rather
 * than `alias.*`, which also sent every row's search vector (text about as long as what it indexes, made by
 * PostgreSQL and parsed by pg for nothing).
 */
export function viewColumns(em: EntityManager, entity: EntityClass<object>, alias: string): string {
  const shape = shapeOf(em, entity);
  let list = shape.selects.get(alias);
  if (!list) shape.selects.set(alias, (list = shape.columns.map((c) => `${alias}."${c}"`).join(', ')));
  return list;
}

interface Shape {
  map: (row: Row) => unknown;
  columns: string[];
  selects: Map<string, string>;
}

// Made once per ORM and entity (the metadata is the ORM's): list pages ask for them in every operation.
const shapes = new WeakMap<object, Map<EntityClass<object>, Shape>>();

function shapeOf(em: EntityManager, entity: EntityClass<object>): Shape {
  const metadata = em.getMetadata();
  const made = shapes.get(metadata) ?? shapes.set(metadata, new Map()).get(metadata)!;
  let shape = made.get(entity);
  if (!shape) made.set(entity, (shape = makeShape(em, entity)));
  return shape;
}

function makeShape<T extends object>(em: EntityManager, entity: EntityClass<T>): Shape {
  const metadata = em.getMetadata();
  const platform = em.getPlatform();
  // Each column's way from the row to the view, decided once rather than per row and column.
  type Column = { name: string; column: string; as: 'value' | 'date' | ((value: unknown) => unknown) };
  const columns = metadata
    .get<T>(entity.name)
    .props.filter((p) => p.persist !== false && !p.lazy && !p.hidden && p.fieldNames?.length === 1 && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)))
    .map((p: EntityProperty<T>): Column => {
      const column = { name: p.name, column: p.fieldNames[0]! };
      if (p.kind !== ReferenceKind.SCALAR) {
        const target = metadata.get(p.type);
        const key = target.primaryKeys[0]!;
        return { ...column, as: (value) => ({ [key]: value, [REFERENCED]: target.class }) };
      }
      // As MikroORM's hydrator does: its driver leaves timestamps as strings.
      if (p.runtimeType === 'Date') return { ...column, as: 'date' };
      const type = p.customType;
      return { ...column, as: type ? (value) => type.convertToJSValue(value, platform) : 'value' };
    });
  // One object literal with the view's properties written out (as MikroORM's own hydrator is generated): every view
  // of an entity then has one shape from its start, where assigning the properties one by one under computed names
  // went through V8's slowest property stores (docs/benchmarks.md §3, session 32). The names are the entity's
  // metadata, never input.
  const converters = columns.map((c) => (typeof c.as === 'function' ? c.as : null)) as ((value: unknown) => unknown)[];
  const value = (c: Column, i: number) => {
    const read = `(v = row[${JSON.stringify(c.column)}]) == null ? null : `;
    return read + (c.as === 'value' ? 'v' : c.as === 'date' ? '(v instanceof Date ? v : new Date(v))' : `convert[${i}](v)`);
  };
  const body = `let v; return { ${columns.map((c, i) => `${JSON.stringify(c.name)}: ${value(c, i)}`).join(', ')} };`;
  const map = new Function('row', 'convert', body) as (row: Row, convert: ((value: unknown) => unknown)[]) => View<T>;
  return { map: (row) => map(row, converters), columns: columns.map((c) => c.column), selects: new Map() };
}

/** A many-to-many link through a pivot table, e.g. events to topics through `event_topic`. */
export interface Link {
  table: string;
  owner: string;
  target: string;
}

/** Select columns holding, for each row of `alias`, the ids it links to, one column per key of `links`. */
export const linkedIdsColumns = (links: Record<string, Link>, alias: string) =>
  Object.entries(links)
    .map(([as, link]) => `array(select p.${link.target} from ${link.table} p where p.${link.owner} = ${alias}.id) as ${as}`)
    .join(', ');

/**
 * The ids an item links to, one query per operation for all the items asked about; a list query that
 * selected them with `linkedIdsColumns` records them (`listViews`), so its items' fields are answered at once.
 */
export function linkedIds(ctx: ReadContext, link: Link, id: string): MaybePromise<string[]> {
  return linkedIdsOf(link)(ctx).get(id);
}

const linkLoaders = new WeakMap<Link, (ctx: ReadContext) => Loader<string, string[]>>();

/** The loader of the ids items link to through `link` (one kind per link: links are module constants). */
function linkedIdsOf(link: Link): (ctx: ReadContext) => Loader<string, string[]> {
  let kind = linkLoaders.get(link);
  if (!kind) {
    kind = defineLoader(async (ctx: ReadContext, ids: readonly string[]) => {
      const rows = await ctx.em.execute<{ owner: string; target: string }[]>(
        `select ${link.owner} as owner, ${link.target} as target from ${link.table} where ${link.owner} = any(?::uuid[])`,
        [pgArray(ids)],
      );
      return ids.map((id) => rows.filter((r) => r.owner === id).map((r) => r.target));
    });
    linkLoaders.set(link, kind);
  }
  return kind;
}

/** Rows as views (a list page's, or one item's); the linked ids selected with `linkedIdsColumns(links, …)` are
 * recorded for `linkedIds`, which then answers them without a promise. */
export function listViews<T extends object>(ctx: ReadContext, entity: EntityClass<T>, rows: (Row & { id: string })[], links: Record<string, Link>): View<T>[] {
  const view = viewMapper(ctx.em, entity);
  const linked = Object.entries(links).map(([column, link]) => [column, linkedIdsOf(link)(ctx)] as const);
  return rows.map((row) => {
    for (const [column, loader] of linked) loader.prime(row.id, row[column] as string[]);
    return view(row);
  });
}

/** Values as one array parameter (`= any(?::uuid[])`), in PostgreSQL's array text: em.execute would spread a JS
 * array into a list of parameters. For ids and codes, which hold no quotes, commas or braces. */
export const pgArray = (values: readonly string[]) => `{${values.join(',')}}`;

/** A facet's chosen values: its list and its older single field together, once each (any of them matches). */
export function chosenValues<T extends string>(single: T | null | undefined, list: readonly T[] | null | undefined): T[] {
  return [...new Set([...(list ?? []), ...(single ? [single] : [])])];
}

/** The conditions of a list query, with their parameters bound in the order they are written. */
export class Where {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  /** Placeholders for these values, e.g. inside `in (…)`. */
  values(xs: readonly unknown[]): string {
    this.params.push(...xs);
    return xs.map(() => '?').join(', ');
  }

  /** One array parameter for a list of ids or codes (`pgArray`): `x = any(${where.array(ids, 'uuid')})`. The
   * statement's text is then the same however long the list, so it is prepared once (prepared-statements.ts). */
  array(xs: readonly string[], type: 'uuid' | 'text'): string {
    this.params.push(pgArray(xs));
    return `?::${type}[]`;
  }

  add(condition: string): void {
    this.parts.push(condition);
  }

  /** The row of `alias` links to `id` through `link`. */
  linkedTo(link: Link, alias: string, id: string): void {
    this.add(`exists (select 1 from ${link.table} p where p.${link.owner} = ${alias}.id and p.${link.target} = ${this.values([id])})`);
  }

  toString(): string {
    return this.parts.length ? this.parts.join(' and ') : 'true';
  }
}

/** A page of rows and the number of all matching ones, in one statement (a page past the end counts apart);
 * `selectParams` are those of `select`, whose text comes first. */
export async function pageOfRows<R extends Record<string, unknown>>(
  em: EntityManager,
  query: { select: string; from: string; where: Where; orderBy: string; first: number; offset: number; selectParams?: unknown[] },
): Promise<{ rows: R[]; totalCount: number }> {
  const { select, from, where, orderBy, first, offset, selectParams = [] } = query;
  const rows = await em.execute<(R & { total_count: string })[]>(
    `select ${select}, count(*) over () as total_count from ${from} where ${where} order by ${orderBy} limit ? offset ?`,
    [...selectParams, ...where.params, first, offset],
  );
  if (rows.length || offset === 0) return { rows, totalCount: rows.length ? Number(rows[0]!.total_count) : 0 };
  const [{ n }] = await em.execute<{ n: string }[]>(`select count(*) as n from ${from} where ${where}`, where.params);
  return { rows, totalCount: Number(n) };
}
