import type { EventEmitter } from 'node:events';
import type pg from 'pg';
import { PostgreSqlConnection, PostgreSqlDriver, Utils, type AnyEntity, type Configuration, type DeleteOptions, type EntityData, type EntityDictionary, type FilterQuery, type Knex, type LogContext, type LoggingOptions, type NativeInsertUpdateManyOptions, type NativeInsertUpdateOptions, type QueryResult, type Transaction, type UpsertManyOptions, type UpsertOptions } from '@mikro-orm/postgresql';

/** Distinct statements prepared per process (and so at most per connection): texts beyond it go unprepared. */
const MAX_PREPARED = 500;
// PostgreSQL refuses to run a prepared statement whose result columns changed under it (a migration added a
// column to a `select *`): the statement is then prepared afresh under a new name.
const RESULT_TYPE_CHANGED = '0A000';

type Plain = string | number | boolean | Date | null;
const isPlain = (v: unknown): v is Plain => v === null || v instanceof Date || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * MikroORM sends every statement as text with its values written in, so PostgreSQL parses and plans each one
 * each time: on the platform's reads that was half of its CPU (docs/benchmarks.md, sixth session). The statements
 * our own code writes (`em.execute` with an SQL string and plain values: list pages, search, the session lookup,
 * a message post) go instead as named prepared statements with their values apart: parsed once per
 * connection, planned from then on by PostgreSQL's plan cache. The ORM's own statements (find, flush) keep
 * MikroORM's way: their values may be SQL fragments.
 * They go to the pg connection straight from knex's pool (or the transaction's connection), past knex's query
 * runner, which rebuilt the statement's text from its `?` placeholders on every call (issue 28: knex was 4 % of
 * a worker's CPU samples on the thread page); MikroORM's `executeQuery` still logs and converts errors, and
 * knex's `query` event still fires (the tests count statements by it).
 */
export class PreparingPostgreSqlConnection extends PostgreSqlConnection {
  private static readonly statements = new Map<string, PreparedStatement>();
  private static generation = 0;

  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(query: string | Knex.QueryBuilder | Knex.Raw, params: unknown[] = [], method: 'all' | 'get' | 'run' = 'all', ctx?: Transaction, loggerContext?: LoggingOptions): Promise<T> {
    if (typeof query !== 'string' || !params.length || !params.every(isPlain)) return super.execute<T>(query as string, params, method, ctx, loggerContext);
    const statement = PreparingPostgreSqlConnection.statementOf(query, params.length);
    if (!statement) return super.execute<T>(query, params, method, ctx, loggerContext);
    await this.ensureConnection();
    try {
      return await this.executeQuery(
        query,
        async () => {
          // A transaction's client hands out the transaction's connection and releases nothing.
          const pool = (ctx ?? this.getKnex()).client as unknown as PoolClient;
          const connection = await pool.acquireConnection();
          try {
            (this.getKnex().client as unknown as EventEmitter).emit('query', { method: 'raw', sql: query, bindings: params });
            return this.transformRawResult<T>(await connection.query({ name: statement.name, text: statement.text, values: params }), method);
          } finally {
            await pool.releaseConnection(connection);
          }
        },
        Object.assign({ query, params }, loggerContext),
      );
    } catch (e) {
      if ((e as { code?: string }).code !== RESULT_TYPE_CHANGED) throw e;
      PreparingPostgreSqlConnection.statements.delete(query); // the next use prepares it again, under a new name
      if (ctx) throw e; // the transaction is aborted: this request fails, the next one prepares afresh
      return super.execute<T>(query, params, method, ctx, loggerContext);
    }
  }

  /**
   * MikroORM's own, logging each statement (a failed one at level error) the same way, without its
   * `{ ...context, took }`, which on Node 20 made a hidden class per statement in the old generation (docs/design.md,
   * "Per-request code").
   */
  protected override async executeQuery<T>(query: string, cb: () => Promise<T>, context?: LogContext): Promise<T> {
    const now = Date.now();
    try {
      const res = await cb();
      this.logQuery(query, Object.assign({}, context, { took: Date.now() - now, results: Array.isArray(res) ? res.length : undefined, affected: Utils.isPlainObject<QueryResult>(res) ? res.affectedRows : undefined }));
      return res;
    } catch (e) {
      this.logQuery(query, Object.assign({}, context, { took: Date.now() - now, level: 'error' as const }));
      throw e;
    }
  }

  /**
   * The statement's name and its text with knex's `?` placeholders numbered for PostgreSQL, made once per text;
   * undefined beyond MAX_PREPARED texts, and for a text that uses knex's other placeholder syntax (`??` for an
   * identifier, `\?` for a literal question mark) or whose placeholders do not match the values: knex handles those.
   */
  private static statementOf(sql: string, values: number): PreparedStatement | undefined {
    const known = this.statements.get(sql);
    if (known || this.statements.size >= MAX_PREPARED) return known;
    if (sql.includes('??') || sql.includes('\\?')) return undefined;
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    if (n !== values) return undefined;
    const statement = { name: `s${++this.generation}`, text };
    this.statements.set(sql, statement);
    return statement;
  }
}

interface PreparedStatement {
  name: string;
  text: string;
}

/** What knex's client (and a transaction's) offers for borrowing a pg connection. */
export interface PoolClient {
  acquireConnection(): Promise<pg.Client>;
  releaseConnection(connection: pg.Client): Promise<unknown>;
}

export type WriteKind = 'insert' | 'update' | 'delete';

/** PostgreSqlDriver with the connection above, telling `writes` of each write the ORM sends (a flush's or an
 * `em.native*`), by entity name, once it has run: the session cache forgets what they change (session-cache.ts). */
export class PreparingPostgreSqlDriver extends PostgreSqlDriver {
  readonly writes = new Set<(entityName: string, kind: WriteKind) => void>();

  constructor(config: Configuration) {
    super(config);
    // The base made a PostgreSqlConnection; nothing connects before MikroORM.init, so it is only replaced.
    (this as unknown as { connection: PostgreSqlConnection }).connection = new PreparingPostgreSqlConnection(this.config);
  }

  override async nativeInsert<T extends object>(entityName: string, data: EntityDictionary<T>, options?: NativeInsertUpdateOptions<T>): Promise<QueryResult<T>> {
    return this.told(entityName, 'insert', await super.nativeInsert(entityName, data, options));
  }

  override async nativeInsertMany<T extends object>(entityName: string, data: EntityDictionary<T>[], options?: NativeInsertUpdateManyOptions<T>, transform?: (sql: string) => string): Promise<QueryResult<T>> {
    return this.told(entityName, 'insert', await super.nativeInsertMany(entityName, data, options, transform));
  }

  override async nativeUpdate<T extends object>(entityName: string, where: FilterQuery<T>, data: EntityDictionary<T>, options?: NativeInsertUpdateOptions<T> & UpsertOptions<T>): Promise<QueryResult<T>> {
    return this.told(entityName, 'update', await super.nativeUpdate(entityName, where, data, options));
  }

  override async nativeUpdateMany<T extends object>(entityName: string, where: FilterQuery<T>[], data: EntityDictionary<T>[], options?: NativeInsertUpdateManyOptions<T> & UpsertManyOptions<T>): Promise<QueryResult<T>> {
    return this.told(entityName, 'update', await super.nativeUpdateMany(entityName, where, data, options));
  }

  override async nativeDelete<T extends object>(entityName: string, where: FilterQuery<T> | string | object, options?: DeleteOptions<T>): Promise<QueryResult<T>> {
    return this.told(entityName, 'delete', await super.nativeDelete(entityName, where, options));
  }

  private told<R>(entityName: string, kind: WriteKind, result: R): R {
    for (const listener of this.writes) listener(entityName, kind);
    return result;
  }
}
