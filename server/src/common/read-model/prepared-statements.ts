import { PostgreSqlConnection, PostgreSqlDriver, type AnyEntity, type Configuration, type EntityData, type Knex, type LoggingOptions, type QueryResult, type Transaction } from '@mikro-orm/postgresql';

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
 */
export class PreparingPostgreSqlConnection extends PostgreSqlConnection {
  private static readonly names = new Map<string, string>();
  private static generation = 0;

  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(query: string | Knex.QueryBuilder | Knex.Raw, params: unknown[] = [], method: 'all' | 'get' | 'run' = 'all', ctx?: Transaction, loggerContext?: LoggingOptions): Promise<T> {
    if (typeof query !== 'string' || !params.length || !params.every(isPlain)) return super.execute<T>(query as string, params, method, ctx, loggerContext);
    const name = PreparingPostgreSqlConnection.nameOf(query);
    if (!name) return super.execute<T>(query, params, method, ctx, loggerContext);
    await this.ensureConnection();
    try {
      return await this.executeQuery(
        query,
        async () => {
          const raw = this.getKnex().raw(query, params as Plain[]).options({ name });
          if (ctx) raw.transacting(ctx);
          return this.transformRawResult<T>(await raw, method);
        },
        { query, params, ...loggerContext },
      );
    } catch (e) {
      if ((e as { code?: string }).code !== RESULT_TYPE_CHANGED) throw e;
      PreparingPostgreSqlConnection.names.delete(query); // the next use prepares it again, under a new name
      if (ctx) throw e; // the transaction is aborted: this request fails, the next one prepares afresh
      return super.execute<T>(query, params, method, ctx, loggerContext);
    }
  }

  private static nameOf(sql: string): string | undefined {
    let name = this.names.get(sql);
    if (!name && this.names.size < MAX_PREPARED) this.names.set(sql, (name = `s${++this.generation}`));
    return name;
  }
}

/** PostgreSqlDriver with the connection above. */
export class PreparingPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    // The base made a PostgreSqlConnection; nothing connects before MikroORM.init, so it is only replaced.
    (this as unknown as { connection: PostgreSqlConnection }).connection = new PreparingPostgreSqlConnection(this.config);
  }
}
